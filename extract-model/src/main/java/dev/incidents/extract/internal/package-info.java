/** Internals shared by the extractor packages; not part of the API. */
@NullMarked
package dev.incidents.extract.internal;

import org.jspecify.annotations.NullMarked;
