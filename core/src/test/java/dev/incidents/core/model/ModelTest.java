package dev.incidents.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
  @Test
  void spanMustCarryTheTextItCovers() {
    assertThatThrownBy(() -> new Span(0, 3, "ab")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span text has 2 characters but covers 0..3");
    assertThatThrownBy(() -> new Span(3, 2, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span end 2 must not be before start 3");
    assertThatThrownBy(() -> new Span(-1, 0, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span start -1 must not be negative");
    assertThat(Span.of("hello world", 6, 11).text()).isEqualTo("world");
  }

  @Test
  void casualtyRangesAreChecked() {
    Span s = Span.of("x", 0, 1);
    assertThatThrownBy(() -> new CasualtyFigure(Outcome.KILLED, VictimGroup.UNKNOWN, null, 5, 4, Qualifier.EXACT,
        Source.UNATTRIBUTED, null, s)).hasMessageContaining("below min");
    assertThatThrownBy(() -> new CasualtyFigure(Outcome.KILLED, VictimGroup.UNKNOWN, null, -1, null,
        Qualifier.AT_LEAST, Source.UNATTRIBUTED, null, s)).hasMessageContaining("negative");
    CasualtyFigure open = new CasualtyFigure(Outcome.KILLED, VictimGroup.UNKNOWN, null, 18, null,
        Qualifier.AT_LEAST, Source.UNATTRIBUTED, null, s);
    assertThat(open.named()).isEmpty();
    assertThat(open.isZero()).isFalse();
  }

  @Test
  void collectionsAreImmutableCopies() {
    List<String> names = new ArrayList<>(List.of("A"));
    CasualtyFigure c = new CasualtyFigure(Outcome.KILLED, VictimGroup.UNKNOWN, null, 1, 1, Qualifier.EXACT,
        Source.UNATTRIBUTED, names, Span.of("x", 0, 1));
    names.add("B");
    assertThat(c.named()).containsExactly("A");
    assertThatThrownBy(() -> c.named().add("C")).isInstanceOf(UnsupportedOperationException.class);
    ExtractionResult r = Fixtures.result();
    assertThatThrownBy(() -> r.incidents().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.incidents().get(0).casualties().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void unresolvedDatesStayUnresolved() {
    assertThatThrownBy(() -> new EventDate(null, null, DatePrecision.DAY, null, null, null,
        DateResolution.UNRESOLVED, null)).hasMessageContaining("UNKNOWN precision");
    assertThatThrownBy(() -> new EventDate(null, null, DatePrecision.UNKNOWN, null, null, null,
        DateResolution.EXPLICIT, null)).hasMessageContaining("UNRESOLVED");
    LocalDate d = LocalDate.of(2025, 2, 26);
    assertThatThrownBy(() -> new EventDate(d, d.minusDays(1), DatePrecision.DAY, null, null, null,
        DateResolution.EXPLICIT, null)).hasMessageContaining("before");
    assertThat(EventDate.unknown().isResolved()).isFalse();
  }

  @Test
  void incidentBuilderFailsFastOnMisuse() {
    Incident.Builder b = Incident.builder("d#1").type(EventType.BATTLE, SubEventType.ARMED_CLASH);
    assertThatThrownBy(() -> b.type(EventType.RIOT, null)).hasMessageContaining("already set to BATTLE");
    Incident i = b.build();
    assertThat(i.date()).isEqualTo(EventDate.unknown());
    assertThat(i.toBuilder().build()).isEqualTo(i);
  }

  @Test
  void oneTotalPerOutcomeAndOrderedBands() {
    assertThatThrownBy(() -> new Total(Outcome.KILLED, 5, 4, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Incident.builder("d#1").addTotal(new Total(Outcome.KILLED, 1, 1, 1))
        .addTotal(new Total(Outcome.KILLED, 2, 2, 2)).build()).hasMessageContaining("one total per outcome");
  }

  @Test
  void resultIdsAreUniqueAndFailuresCarryTheirError() {
    Incident a = Incident.builder("d#1").build();
    assertThatThrownBy(() -> ExtractionResult.of(new DocumentInfo("d", null, null, null), List.of(a, a),
        List.of(), List.of())).hasMessageContaining("unique");
    ExtractionResult f = ExtractionResult.failure("line 7", "malformed JSON");
    assertThat(f.error()).isEqualTo("malformed JSON");
    assertThat(f.incidents()).isEmpty();
  }

  @Test
  void sourcesNeedANameUnlessUnattributed() {
    assertThatThrownBy(() -> new Source(" ", SourceType.POLICE)).hasMessageContaining("needs a name");
    assertThat(new Source(null, SourceType.UNATTRIBUTED)).isEqualTo(Source.UNATTRIBUTED);
  }

  @Test
  void referenceContextPrefersTheDateline() {
    LocalDate pub = LocalDate.of(2025, 3, 1);
    LocalDate dl = LocalDate.of(2025, 2, 26);
    assertThat(new ReferenceContext(pub, new Dateline("Kalat", dl)).anchor()).isEqualTo(dl);
    assertThat(new ReferenceContext(pub, new Dateline("Kalat", dl)).anchorKind())
        .isEqualTo(DateResolution.RELATIVE_TO_DATELINE);
    assertThat(ReferenceContext.publishedOn(pub).anchorKind()).isEqualTo(DateResolution.RELATIVE_TO_PUBLICATION);
    assertThat(ReferenceContext.none().anchor()).isNull();
  }
}
