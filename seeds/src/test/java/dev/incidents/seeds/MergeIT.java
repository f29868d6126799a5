package dev.incidents.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.VictimGroup;
import dev.incidents.extract.merge.FigureBand;
import dev.incidents.extract.merge.IncidentMerger;
import dev.incidents.extract.merge.MergedEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 003 and 004 report the same Saturday wave at different times, with growing figures. */
class MergeIT {
  private final List<MergedEvent> events =
      new IncidentMerger().merge(List.of(Seeds.result(Seeds.id("003")), Seeds.result(Seeds.id("004"))));

  @Test
  void theSaturdayWaveIsOneEventReportedByBothArticles() {
    MergedEvent wave = wave();
    assertThat(wave.documents()).containsExactly(Seeds.id("003"), Seeds.id("004"));
    assertThat(wave.campaign()).containsIgnoringCase("herof");
    assertThat(wave.locations()).anyMatch(p -> p.name().contains("Quetta"));
  }

  @Test
  void securityForcesTenToFifteenWithTheClaimedEightyFourApart() {
    FigureBand sf = band(wave(), VictimGroup.SECURITY_FORCES);
    assertThat(sf.low()).isEqualTo(10);
    assertThat(sf.high()).isEqualTo(15);
    assertThat(sf.claimed()).isEqualTo(84);
  }

  @Test
  void militantsThirtySevenToNinetyTwo() {
    FigureBand m = band(wave(), VictimGroup.MILITANTS);
    assertThat(m.low()).isEqualTo(37);
    assertThat(m.high()).isEqualTo(92);
  }

  @Test
  void theDayBeforeStaysApart() {
    assertThat(events).anyMatch(e -> e.incidentIds().size() == 1
        && band(e, VictimGroup.MILITANTS) != null && band(e, VictimGroup.MILITANTS).high() == 41);
  }

  private MergedEvent wave() {
    return events.stream().filter(e -> e.documents().size() == 2).findFirst().orElseThrow();
  }

  private static FigureBand band(MergedEvent e, VictimGroup g) {
    return e.figures().stream().filter(b -> b.outcome() == Outcome.KILLED && b.victimGroup() == g).findFirst()
        .orElse(null);
  }
}
