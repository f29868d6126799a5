package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountryHintsTest {
  private static final List<ActorLexicon.Country> COUNTRIES = ActorLexicon.bundled().countries();

  @Test
  void countsTheCountriesATextNames() {
    Map<String, Integer> score = LexiconActorExtractor.CountryHints.score(
        "Pakistani troops crossed from Pakistan into Afghanistan; Afghan officials protested.", COUNTRIES);
    assertThat(score.get("Pakistan")).isEqualTo(2);
    assertThat(score.get("Afghanistan")).isEqualTo(2);
    assertThat(LexiconActorExtractor.CountryHints.top(score)).isNull(); // a tie
  }

  /** Word by word, the counts of the pattern run over the whole text, on texts made of country words and their neighbours. */
  @Test
  void countsWhatThePatternFinds() {
    List<String> pieces = new ArrayList<>(List.of(" ", "  ", "\n", ",", ".", "'s", "’s", "-", "_", "x", "9", "é", "ü",
        "the", "(", ")", "\u0301", "new", "New", "South", "North", "Republic", "of"));
    Random random = new Random(20261207);
    for (ActorLexicon.Country c : COUNTRIES) {
      if (random.nextInt(4) == 0) {
        pieces.add(c.name());
        pieces.addAll(c.demonyms());
        pieces.addAll(c.otherNames());
      }
    }
    String[] all = pieces.toArray(String[]::new);
    int counted = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.of(random, all, 20, 3).toString();
      Map<String, Integer> expected = LexiconActorExtractor.CountryHints.scoreByPattern(text, COUNTRIES);
      assertThat(LexiconActorExtractor.CountryHints.score(text, COUNTRIES)).as(text).isEqualTo(expected);
      counted += expected.values().stream().mapToInt(Integer::intValue).sum();
    }
    assertThat(counted).isGreaterThan(10_000);
  }
}
