package dev.incidents.extract.date;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.Span;
import java.util.Objects;

/** Operations on {@link EventDate}s that the incident assembler needs. */
public final class EventDates {
  private EventDates() {}

  /**
   * One date running from {@code from} to {@code to}: "late on February 25" ... "by February 26"
   * gives start 02-25, end 02-26.
   *
   * <p>The result keeps {@code from}'s weekday, time of day, text and span (the start is the main
   * expression), the coarser of the two precisions, and {@code from}'s resolution basis (or
   * {@code to}'s when {@code from} is explicit and {@code to} is not). When either date is
   * unresolved, or {@code to} ends before {@code from} starts, {@code from} is returned unchanged:
   * an end that cannot be placed is dropped rather than guessed.
   *
   * @param from the start date
   * @param to the end date
   * @return the combined date
   */
  public static EventDate span(EventDate from, EventDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isResolved() || !to.isResolved() || to.end().isBefore(from.start())) {
      return from;
    }
    DatePrecision precision = coarser(from.precision(), to.precision());
    DateResolution basis = from.resolvedFrom() == DateResolution.EXPLICIT ? to.resolvedFrom() : from.resolvedFrom();
    Span span = from.span();
    return new EventDate(from.start(), to.end().isAfter(from.end()) ? to.end() : from.end(), precision,
        from.weekday(), from.timeOfDay(), from.text(), basis, span);
  }

  private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
