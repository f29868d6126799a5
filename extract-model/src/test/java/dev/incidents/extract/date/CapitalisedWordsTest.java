package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CapitalisedWordsTest {
  private static final Lexicon LEX = Lexicon.standard();
  private static final List<String> KINDS = List.of("month", "weekday", "hijri");
  private static final CapitalisedWords WORDS = new CapitalisedWords(LEX, KINDS);

  @Test
  void findsTheKindsASentenceNames() {
    assertThat(WORDS.kindsIn("Gunmen attacked a checkpoint on Monday, 3 March.")).isEqualTo(1 | 2);
    assertThat(WORDS.kindsIn("They may return in march; monday is a holiday.")).isZero();
    assertThat(WORDS.kindsIn("SEPT. 11 ATTACKS")).isEqualTo(1);
  }

  /** Whenever a kind's capitalised alternation finds a phrase, the kind is among those found. */
  @Test
  void neverMissesWhatTheAlternationFinds() {
    List<Pattern> alternations = KINDS.stream().map(k -> Pattern.compile(LEX.alternation(k, true))).toList();
    List<String> pieces = new ArrayList<>(List.of(" ", "  ", "\n", ",", ".", "-", "x", "9", "é", "O", "the", "in", "of"));
    for (String kind : KINDS) {
      for (String w : LEX.capitalisedFirstWords(kind)) {
        pieces.add(w);
        pieces.add(w.toLowerCase(java.util.Locale.ROOT));
        pieces.add(w.substring(0, Math.max(1, w.length() - 1)));
      }
    }
    String[] all = pieces.toArray(String[]::new);
    Random random = new Random(20261207);
    int found = 0;
    int missing = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.of(random, all, 12, 2).toString();
      int kinds = WORDS.kindsIn(text);
      for (int k = 0; k < KINDS.size(); k++) {
        boolean matches = alternations.get(k).matcher(text).find();
        if (matches) {
          assertThat(kinds & (1 << k)).as(KINDS.get(k) + " in " + text).isNotZero();
          found++;
        } else {
          missing++;
        }
      }
    }
    assertThat(found).isGreaterThan(5_000);
    assertThat(missing).isGreaterThan(5_000);
  }
}
