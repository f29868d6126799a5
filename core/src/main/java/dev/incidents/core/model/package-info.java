/**
 * The immutable incident model: {@link dev.incidents.core.model.ExtractionResult} and everything
 * it holds. Values are records validated in their constructors; collections are unmodifiable
 * copies. Fields documented as "or null" may be null; nothing else is.
 */
@NullMarked
package dev.incidents.core.model;

import org.jspecify.annotations.NullMarked;
