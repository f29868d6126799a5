package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With part-of-speech and person entities (the FAST profile), names come from the entities. */
class CasualtyNamesIT {
  private static final CoreNlpAnalyzer FAST = new CoreNlpAnalyzer(AnalyzerProfile.FAST);
  private static final RuleCasualtyExtractor EXTRACTOR = new RuleCasualtyExtractor();

  private static List<CasualtyMention> extract(String text) {
    return EXTRACTOR.extract(FAST.analyze(Normalizer.standard().normalize(text).text()));
  }

  @Test
  void listedPersonsAttachToTheFigure() {
    List<CasualtyMention> m = extract("Gunmen killed three policemen at a checkpoint near Quetta on Monday. "
        + "Among the dead were Ahmed Khan and Bilal Shah.");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).figure().min()).isEqualTo(3);
    assertThat(m.get(0).figure().named()).containsExactly("Ahmed Khan", "Bilal Shah");
  }

  @Test
  void theSameRulesGiveTheSameFiguresWithEntities() {
    List<CasualtyMention> m = extract("Major Anwar Kakar, a senior officer in the army, was killed in a bomb blast. "
        + "No other casualties were reported.");
    assertThat(m).extracting(x -> x.figure().min()).containsExactly(1, 0, 0);
    assertThat(m.get(0).figure().named()).containsExactly("Anwar Kakar");
  }
}
