package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.spi.ClaimMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.claim.RuleClaimExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With the FAST profile (POS, lemmas, NER) the rules give the same answers and NER only adds. */
class ActorNerIT {
  private static final CoreNlpAnalyzer FAST = new CoreNlpAnalyzer(AnalyzerProfile.FAST);
  private static final String TEXT = "The Baloch Liberation Army claimed responsibility for the ambush in Kech. "
      + "Frontier Corps personnel and Levies forces engaged the insurgents. "
      + "Both Naqvi and the military accused India of supporting the militants, a charge that New Delhi has denied.";

  private static AnalyzedText fast(String text) {
    return FAST.analyze(Normalizer.standard().normalize(text).text());
  }

  @Test
  void sameActorsAndClaimsWithNer() {
    LexiconActorExtractor actors = new LexiconActorExtractor();
    RuleClaimExtractor claims = new RuleClaimExtractor();
    AnalyzedText withNer = fast(TEXT);
    AnalyzedText tokens = ActorTexts.tokens(TEXT);
    List<ActorMention> a1 = actors.extract(withNer);
    List<ActorMention> a2 = actors.extract(tokens);
    assertThat(a1).extracting(m -> m.actor().name() + "/" + m.actor().role())
        .containsAll(a2.stream().map(m -> m.actor().name() + "/" + m.actor().role()).toList());
    List<String> found = claims.extract(withNer, a1).stream().map(ClaimMention::claim)
        .map(c -> c.type() + "/" + c.claimant()).toList();
    assertThat(found).as("claims %s", found)
        .contains("RESPONSIBILITY/Baloch Liberation Army", "ACCUSATION/Naqvi and the military", "DENIAL/India");
  }

  @Test
  void quoteSpeakerFromNerPerson() {
    AnalyzedText t = fast("Commander Ali Rahimi of the Eastern Front was interviewed in the hills. "
        + "\"We will continue the fight,\" he said.");
    List<ClaimMention> found = new RuleClaimExtractor().extract(t, new LexiconActorExtractor().extract(t));
    assertThat(found).extracting(m -> m.claim().claimant()).contains("Commander Ali Rahimi");
  }
}
