package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.model.VictimGroup;
import dev.incidents.core.spi.CasualtyExtractor;
import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.spi.ExtractorRegistry;
import dev.incidents.core.spi.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour the corpus cannot show: names, agents, cumulative flags, registration, offsets. */
class CasualtyExtractorTest {
  private static final RuleCasualtyExtractor EXTRACTOR = new RuleCasualtyExtractor();

  private static List<CasualtyMention> extract(String text) {
    return EXTRACTOR.extract(Analyzed.tokens(text));
  }

  @Test
  void namesAPersonInAppositionAndStripsTheRank() {
    List<CasualtyMention> m = extract("On July 19, 2025, Major Anwar Kakar, a senior officer in the army affiliated with "
        + "the 12 Corps, was killed in a bomb blast in Quetta.");
    assertThat(m).hasSize(1);
    CasualtyFigure f = m.get(0).figure();
    assertThat(f.outcome()).isEqualTo(Outcome.KILLED);
    assertThat(f.victimGroup()).isEqualTo(VictimGroup.SECURITY_FORCES);
    assertThat(f.min()).isEqualTo(1);
    assertThat(f.named()).containsExactly("Anwar Kakar");
  }

  @Test
  void attachesListedNamesToTheFigureBefore() {
    List<CasualtyMention> m = extract("The explosion destroyed the vehicle, killing all 12 soldiers on board. Among the "
        + "dead were two officers, Special Operations Commander Tariq Imran and Subedar Umar Farooq.");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).figure().min()).isEqualTo(12);
    assertThat(m.get(0).figure().named()).containsExactly("Tariq Imran", "Umar Farooq");
  }

  @Test
  void recordsWhoInflictedIt() {
    assertThat(extract("Security forces killed 37 militants in the operation.").get(0).agent())
        .isEqualTo("Security forces");
    assertThat(extract("14 soldiers were killed by militants in the ambush.").get(0).agent()).isEqualTo("militants");
  }

  @Test
  void marksRunningAndCombinedTotals() {
    assertThat(extract("The death toll rose to 20.").get(0).cumulative()).isTrue();
    List<CasualtyMention> m = extract("Combined with the 92 militants killed on Saturday, authorities reported a total "
        + "of 133 militants eliminated.");
    assertThat(m).extracting(x -> x.figure().min()).contains(133);
    assertThat(m.stream().filter(x -> x.figure().min() == 133).findFirst().orElseThrow().cumulative()).isTrue();
    assertThat(extract("Fourteen soldiers were killed.").get(0).cumulative()).isFalse();
  }

  @Test
  void keepsAClaimAndAnOfficialFigureApart() {
    List<CasualtyMention> m = extract("The assaults left at least 15 security personnel dead, according to officials. "
        + "The BLA claimed to have killed 84 Pakistani security personnel.");
    assertThat(m).extracting(x -> x.figure().source().type())
        .containsExactly(SourceType.GOVERNMENT, SourceType.ARMED_GROUP);
    assertThat(m.get(1).figure().victimText()).isEqualTo("Pakistani security personnel");
  }

  @Test
  void spansPointIntoTheCallersTextAfterRepair() {
    String text = "In Pakistan\u0E42s south, 14 Pakistani soldiers were killed in two attacks.";
    List<CasualtyMention> m = extract(text);
    assertThat(m).hasSize(1);
    CasualtyFigure f = m.get(0).figure();
    assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.span().text())
        .startsWith("14 Pakistani soldiers");
  }

  @Test
  void isRegisteredUnderItsName() {
    ExtractorRegistry registry = ExtractorRegistry.load();
    assertThat(registry.names(CasualtyExtractor.class)).contains(RuleCasualtyExtractor.NAME);
    CasualtyExtractor e = registry.provider(CasualtyExtractor.class, "rules").create(new Resources());
    assertThat(e).isInstanceOf(RuleCasualtyExtractor.class);
    assertThat(e.name()).isEqualTo("rules");
  }
}
