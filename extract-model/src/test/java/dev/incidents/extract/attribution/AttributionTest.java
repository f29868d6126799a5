package dev.incidents.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Source;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionTest {
  private static final CoreNlpAnalyzer TOKENS = new CoreNlpAnalyzer(AnalyzerProfile.TOKENS);
  private static final Attribution ATTRIBUTION = Attribution.standard();

  private static AnalyzedText analyze(String s) {
    return TOKENS.analyze(Normalizer.standard().normalize(s).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The raid killed 92 militants, according to Pakistani officials.    | GOVERNMENT  | Pakistani officials
      According to officials, the attack began at dawn.                   | GOVERNMENT  | officials
      According to police, four men were arrested.                        | POLICE      | police
      Police said three constables were injured.                          | POLICE      | Police
      Seven miners were killed, a provincial official told Reuters.       | GOVERNMENT  | provincial official
      Reuters reported that nine civilians were killed.                   | MEDIA       | Reuters
      State media said 16 people died.                                    | MEDIA       | State media
      The BLA claimed to have killed 84 soldiers.                         | ARMED_GROUP | BLA
      The group targeted police stations, and claimed to have killed 40.  | ARMED_GROUP | group
      Military spokespersons claimed that 37 militants were killed.       | MILITARY    | Military spokespersons
      ISPR said six terrorists were killed.                               | MILITARY    | ISPR
      Hospital officials said 22 people were wounded.                     | WITNESS     | Hospital officials
      Witnesses said the gunmen fled on foot.                             | WITNESS     | Witnesses
      The ministry said eight workers were abducted.                      | GOVERNMENT  | ministry
      Five people were hurt, said police.                                 | POLICE      | police
      Eyewitnesses and security sources reported that militants blocked the road. | MILITARY | security sources
      """)
  void findsTheSourceAndItsWords(String sentence, SourceType type, String name) {
    AnalyzedText text = analyze(sentence);
    Optional<Attributed> a = ATTRIBUTION.attribute(text, 0);
    assertThat(a).isPresent();
    assertThat(a.get().source()).isEqualTo(new Source(name, type));
    assertThat(sentence.substring(a.get().span().start(), a.get().span().end())).isEqualTo(a.get().span().text());
    assertThat(a.get().span().text()).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Fourteen soldiers were killed in two separate attacks.
      No other casualties were reported at the scene.
      The BLA claimed responsibility for the attack.
      Reuters was unable to independently verify the video.
      He said nothing.
      """)
  void leavesUnattributedSentencesAlone(String sentence) {
    AnalyzedText text = analyze(sentence);
    assertThat(ATTRIBUTION.attribute(text, 0)).isEmpty();
    assertThat(ATTRIBUTION.sourceOf(text, 0, 0, sentence.length())).isEqualTo(Source.UNATTRIBUTED);
  }

  @org.junit.jupiter.api.Test
  void takesTheNearestAttributionInASentence() {
    String s = "Police said five soldiers were killed, while the Taliban claimed to have killed 20.";
    AnalyzedText text = analyze(s);
    int five = s.indexOf("five");
    int twenty = s.indexOf("20");
    assertThat(ATTRIBUTION.sourceOf(text, 0, five, five + 4).type()).isEqualTo(SourceType.POLICE);
    assertThat(ATTRIBUTION.sourceOf(text, 0, twenty, twenty + 2).type()).isEqualTo(SourceType.ARMED_GROUP);
  }

  @org.junit.jupiter.api.Test
  void classifiesAPhrase() {
    assertThat(ATTRIBUTION.classify("Pakistani officials")).contains(new Source("Pakistani officials", SourceType.GOVERNMENT));
    assertThat(ATTRIBUTION.classify("a man in the street")).isEmpty();
  }
}
