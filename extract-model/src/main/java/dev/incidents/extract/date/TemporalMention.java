package dev.incidents.extract.date;

import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.Span;
import java.util.Objects;

/**
 * A date or time expression found by {@link TemporalTagger}, with its resolution.
 *
 * @param span the words, as offsets into the caller's text
 * @param type DATE, or TIME for a time of day with no day
 * @param value TIMEX3-style value: "2025-07-19", "2025-07-19TEV", "2025-W29", "2025-07", "2025",
 *     "XXXX-WXX-6" (an unresolved Saturday), "T14:40", "PAST_REF"; a day range is "start/end"
 * @param date the resolved (or unresolved) date, its span equal to {@code span}
 * @param sentence index of its sentence
 * @param background whether it dates something other than the news event: a past event ("in
 *     2019", "a day earlier"), or a report about it ("police said yesterday")
 * @param role what it does in its sentence
 */
public record TemporalMention(
    Span span, TemporalType type, String value, EventDate date, int sentence, boolean background, MentionRole role) {

  /**
   * Checks the required components.
   *
   * @param span the words, as offsets into the caller's text
   * @param type DATE, or TIME for a time of day with no day
   * @param value TIMEX3-style value: "2025-07-19", "2025-07-19TEV", "2025-W29", "2025-07", "2025",
   *     "XXXX-WXX-6" (an unresolved Saturday), "T14:40", "PAST_REF"; a day range is "start/end"
   * @param date the resolved (or unresolved) date, its span equal to {@code span}
   * @param sentence index of its sentence
   * @param background whether it dates something other than the news event: a past event ("in
   *     2019", "a day earlier"), or a report about it ("police said yesterday")
   * @param role what it does in its sentence
   */
  public TemporalMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(role, "role");
  }

  /**
   * What the value was resolved from.
   *
   * @return the resolution basis
   */
  public DateResolution basis() {
    return date.resolvedFrom();
  }
}
