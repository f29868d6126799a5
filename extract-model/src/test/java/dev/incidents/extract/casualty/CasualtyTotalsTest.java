package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Total;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals never count a figure twice; a party's claim only raises {@code high}. */
class CasualtyTotalsTest {
  private static final RuleCasualtyExtractor EXTRACTOR = new RuleCasualtyExtractor();

  private static List<Total> totals(String text) {
    return CasualtyTotals.compute(EXTRACTOR.extract(Analyzed.tokens(text)));
  }

  private static Total total(String text, Outcome o) {
    return totals(text).stream().filter(t -> t.outcome() == o).findFirst().orElseThrow();
  }

  @Test
  void partsOfAStatedFigureAreNotAdded() {
    assertThat(total("14 soldiers were killed in two attacks. In the first, the blast killed 12 soldiers on board. "
        + "In the second, two soldiers were killed by an IED.", Outcome.KILLED).best()).isEqualTo(14);
    assertThat(total("The clashes left 23 militants dead. At least 12 insurgents were killed in the initial exchange. "
        + "Security forces killed an additional 11 insurgents later.", Outcome.KILLED).best()).isEqualTo(23);
    assertThat(total("The attacks resulted in the deaths of at least 10 security personnel. In Quetta, at least four "
        + "police officers were confirmed dead.", Outcome.KILLED).best()).isEqualTo(10);
  }

  @Test
  void groupsAreSummed() {
    Total t = total("The battle left at least 18 security personnel and 23 militants dead.", Outcome.KILLED);
    assertThat(t.best()).isEqualTo(41);
  }

  @Test
  void aPartysClaimGoesToHighOnly() {
    Total t = total("The assaults left at least 15 security personnel dead, according to Pakistani officials. "
        + "The BLA claimed to have killed 84 soldiers.", Outcome.KILLED);
    assertThat(t.best()).isEqualTo(15);
    assertThat(t.high()).isEqualTo(84);
  }

  @Test
  void theLowestCredibleSourceIsBest() {
    Total t = total("Police said 5 soldiers were killed. Hospital officials said 8 soldiers were killed.",
        Outcome.KILLED);
    assertThat(t.low()).isEqualTo(5);
    assertThat(t.best()).isEqualTo(5);
    assertThat(t.high()).isEqualTo(8);
  }

  @Test
  void anOverallCountIsNotAddedToTheGroups() {
    assertThat(total("Forces killed 38 soldiers near the town. 38 fatalities.", Outcome.KILLED).best()).isEqualTo(38);
  }

  @Test
  void zeroStatementsCountOnlyAlone() {
    assertThat(total("There were no reported casualties.", Outcome.INJURED).best()).isZero();
    assertThat(total("A man was killed. No other casualties were reported.", Outcome.KILLED).best()).isEqualTo(1);
  }

  @Test
  void aRunningTotalSupersedesItsParts() {
    assertThat(total("Three people were killed in the blast. The death toll later rose to 7.", Outcome.KILLED).best())
        .isEqualTo(7);
  }

  @Test
  void aFigureOverSeveralIncidentsOnlyRaisesHigh() {
    Total t = total("Gunmen killed two farmers in the village. At least 9 people were killed across the three "
        + "incidents.", Outcome.KILLED);
    assertThat(t.best()).isEqualTo(2);
    assertThat(t.high()).isEqualTo(9);
    assertThat(EXTRACTOR.extract(Analyzed.tokens("At least 40 people were injured in the four related attacks."))
        .get(0).cumulative()).isTrue();
    assertThat(EXTRACTOR.extract(Analyzed.tokens("One guard was injured and three lorries were burned across the two "
        + "raids.")).get(0).cumulative()).isFalse();
  }

  @Test
  void aLaterReportThatTheVictimSurvivedWithdrawsTheDeath() {
    String text = "A sniper shot and killed a police officer on patrol. A second report said the officer was only "
        + "injured.";
    assertThat(totals(text)).noneMatch(t -> t.outcome() == Outcome.KILLED);
    assertThat(total(text, Outcome.INJURED).best()).isEqualTo(1);
  }
}
