/**
 * Date and time expressions: the rule-based {@link dev.incidents.extract.date.TemporalTagger}
 * finds them and resolves them against a {@link dev.incidents.core.model.ReferenceContext};
 * {@link dev.incidents.extract.date.RuleDateExtractor} exposes its output through the
 * extractor SPI; {@link dev.incidents.extract.date.HeaderReader} reads a document's own anchors
 * (header date, dateline, GTD prefix); {@link dev.incidents.extract.date.EventDates} merges a
 * start and an end into one range.
 *
 * <p>The vocabulary (month, weekday, part-of-day and relative words) is data, in
 * {@code date-lexicon.tsv} beside these classes. Nothing here reads the clock. Values marked "or
 * null" may be null; nothing else is.
 */
package dev.incidents.extract.date;
