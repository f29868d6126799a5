package dev.incidents.extract.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.DocumentInfo;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.model.Qualifier;
import dev.incidents.core.model.Source;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.model.Span;
import dev.incidents.core.model.VictimGroup;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {
  private static final Span S = new Span(0, 1, "x");

  private static ExtractionResult report(String doc, DayOfWeek day, String town, String group, int killed,
      SourceType source) {
    Incident i = Incident.builder(doc + "#1")
        .date(day == null ? EventDate.unknown()
            : new EventDate(null, null, DatePrecision.UNKNOWN, day, null, day.name(), DateResolution.UNRESOLVED, S))
        .addLocation(new Place(town, PlaceType.TOWN, null, town + " District", "Province", "AF", null, null, null,
            town, S))
        .addActor(new Actor(group, List.of(), null, ActorType.ARMED_GROUP, ActorRole.PERPETRATOR, S))
        .addCasualty(new CasualtyFigure(Outcome.KILLED, VictimGroup.SECURITY_FORCES, "soldiers", killed, killed,
            Qualifier.EXACT, source == SourceType.UNATTRIBUTED ? Source.UNATTRIBUTED : new Source("x", source),
            List.of(), S))
        .build();
    return ExtractionResult.of(new DocumentInfo(doc, null, null, null), List.of(i), List.of(), List.of());
  }

  @Test
  void sameTownSameWeekdaySameGroupIsOneEventWithABand() {
    List<MergedEvent> events = new IncidentMerger().merge(List.of(
        report("a", DayOfWeek.FRIDAY, "Zarin", "Valley Front", 4, SourceType.POLICE),
        report("b", DayOfWeek.FRIDAY, "Zarin", "Valley Front", 7, SourceType.GOVERNMENT),
        report("c", DayOfWeek.FRIDAY, "Zarin", "Valley Front", 30, SourceType.ARMED_GROUP)));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.documents()).containsExactly("a", "b", "c");
      FigureBand b = e.figures().get(0);
      assertThat(b.low()).isEqualTo(4);
      assertThat(b.high()).isEqualTo(7);
      assertThat(b.claimed()).isEqualTo(30);
      assertThat(e.totals().get(0).best()).isEqualTo(4);
      assertThat(e.totals().get(0).high()).isEqualTo(30);
    });
  }

  @Test
  void otherDayOtherPlaceOrOtherGroupStayApart() {
    assertThat(new IncidentMerger().merge(List.of(
        report("a", DayOfWeek.FRIDAY, "Zarin", "Valley Front", 4, SourceType.POLICE),
        report("b", DayOfWeek.SATURDAY, "Zarin", "Valley Front", 4, SourceType.POLICE)))).hasSize(2);
    assertThat(new IncidentMerger().merge(List.of(
        report("a", DayOfWeek.FRIDAY, "Zarin", "Valley Front", 4, SourceType.POLICE),
        report("b", DayOfWeek.FRIDAY, "Kalan", "Valley Front", 4, SourceType.POLICE)))).hasSize(2);
    assertThat(new IncidentMerger().merge(List.of(
        report("a", DayOfWeek.FRIDAY, "Zarin", "Valley Front", 4, SourceType.POLICE),
        report("b", DayOfWeek.FRIDAY, "Zarin", "Hill Army", 4, SourceType.POLICE)))).hasSize(2);
    assertThat(new IncidentMerger().merge(List.of(
        report("a", null, "Zarin", "Valley Front", 4, SourceType.POLICE),
        report("b", null, "Zarin", "Valley Front", 4, SourceType.POLICE)))).hasSize(2);
  }
}
