/**
 * Incident assembly: groups an article's facts into incidents (lead, wave parts, separate
 * incidents, historical background), aggregates, totals, event types.
 */
@NullMarked
package dev.incidents.extract.incident;

import org.jspecify.annotations.NullMarked;
