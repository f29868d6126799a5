package dev.incidents.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When an incident happened, as far as the text fixes it.
 *
 * <p>A date the text does not fix stays unresolved: {@code start} and {@code end} are null,
 * {@code resolvedFrom} is {@link DateResolution#UNRESOLVED}, and a weekday, when the text gives
 * one, is kept in {@code weekday}.
 *
 * @param start first day, or null when unresolved
 * @param end last day (equal to start for a single day), or null when unresolved
 * @param precision how precisely the date is known
 * @param weekday the weekday the text names or that the resolved day falls on, or null
 * @param timeOfDay "03:00", "14:40", "evening", ... or null
 * @param text the words the date came from, or null when the text says nothing
 * @param resolvedFrom what the date was resolved from
 * @param span evidence of the main date expression, or null when the text says nothing
 */
public record EventDate(
    LocalDate start,
    LocalDate end,
    DatePrecision precision,
    DayOfWeek weekday,
    String timeOfDay,
    String text,
    DateResolution resolvedFrom,
    Span span) {

  private static final EventDate UNKNOWN =
      new EventDate(null, null, DatePrecision.UNKNOWN, null, null, null, DateResolution.UNRESOLVED, null);

  /**
   * Checks that the components agree: both days or neither, in order, and resolved as they say.
   *
   * @param start first day, or null when unresolved
   * @param end last day (equal to start for a single day), or null when unresolved
   * @param precision how precisely the date is known
   * @param weekday the weekday the text names or that the resolved day falls on, or null
   * @param timeOfDay "03:00", "14:40", "evening", ... or null
   * @param text the words the date came from, or null when the text says nothing
   * @param resolvedFrom what the date was resolved from
   * @param span evidence of the main date expression, or null when the text says nothing
   */
  public EventDate {
    Checks.required(precision, "precision");
    Checks.required(resolvedFrom, "resolvedFrom");
    Checks.check((start == null) == (end == null), "start and end must both be set or both be null");
    Checks.check(start == null || !end.isBefore(start), "end %s is before start %s", end, start);
    Checks.check(start != null || resolvedFrom == DateResolution.UNRESOLVED,
        "an unresolved date must say UNRESOLVED, not %s", resolvedFrom);
    Checks.check(start == null || resolvedFrom != DateResolution.UNRESOLVED,
        "a resolved date cannot be UNRESOLVED");
    Checks.check(start != null || precision == DatePrecision.UNKNOWN,
        "an unresolved date has UNKNOWN precision, not %s", precision);
    timeOfDay = Checks.blankToNull(timeOfDay);
  }

  /**
   * The date of an incident the text says nothing about.
   *
   * @return the unresolved date
   */
  public static EventDate unknown() {
    return UNKNOWN;
  }

  /**
   * Whether a start day is known.
   *
   * @return true when resolved
   */
  public boolean isResolved() {
    return start != null;
  }
}
