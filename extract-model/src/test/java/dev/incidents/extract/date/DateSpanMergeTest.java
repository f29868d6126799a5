package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link EventDates#span}: merging an event start with a later "by/until" end. */
class DateSpanMergeTest {
  private static EventDate day(LocalDate d, DateResolution from, String text) {
    return new EventDate(d, d, DatePrecision.DAY, d.getDayOfWeek(), null, text, from, new Span(0, text.length(), text));
  }

  @Test
  void startAndLaterEndBecomeOneRange() {
    EventDate from = day(LocalDate.of(2025, 2, 25), DateResolution.RELATIVE_TO_DATELINE, "February 25");
    EventDate to = day(LocalDate.of(2025, 2, 26), DateResolution.RELATIVE_TO_DATELINE, "February 26");
    EventDate r = EventDates.span(from, to);
    assertThat(r.start()).isEqualTo(LocalDate.of(2025, 2, 25));
    assertThat(r.end()).isEqualTo(LocalDate.of(2025, 2, 26));
    assertThat(r.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(r.text()).isEqualTo("February 25");
    assertThat(r.weekday()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(r.resolvedFrom()).isEqualTo(DateResolution.RELATIVE_TO_DATELINE);
  }

  @Test
  void coarserPrecisionWins() {
    EventDate from = day(LocalDate.of(2025, 2, 25), DateResolution.EXPLICIT, "25 February 2025");
    EventDate to = new EventDate(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), DatePrecision.MONTH, null, null,
        "March", DateResolution.RELATIVE_TO_PUBLICATION, new Span(0, 5, "March"));
    EventDate r = EventDates.span(from, to);
    assertThat(r.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(r.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(r.resolvedFrom()).isEqualTo(DateResolution.RELATIVE_TO_PUBLICATION);
  }

  @Test
  void anEndThatCannotBePlacedIsDropped() {
    EventDate from = day(LocalDate.of(2025, 2, 25), DateResolution.EXPLICIT, "25 February 2025");
    assertThat(EventDates.span(from, EventDate.unknown())).isSameAs(from);
    assertThat(EventDates.span(from, day(LocalDate.of(2025, 2, 20), DateResolution.EXPLICIT, "20 February 2025")))
        .isSameAs(from);
    assertThat(EventDates.span(EventDate.unknown(), from)).isSameAs(EventDate.unknown());
  }
}
