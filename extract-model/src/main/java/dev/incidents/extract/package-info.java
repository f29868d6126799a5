/**
 * The entry point, {@link dev.incidents.extract.IncidentExtractor}: normalises an article, runs
 * the annotators and the fact extractors, and assembles incidents.
 */
@NullMarked
package dev.incidents.extract;

import org.jspecify.annotations.NullMarked;
