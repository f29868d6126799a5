package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words the victim lexicon reads are the pattern's words, with or without the ASCII shortcut. */
class VictimWordsTest {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

  @Test
  void endsWordsWhereThePatternDoes() {
    String[] units = {"a", "Z", "7", "_", " ", "-", ".", "'", "’", "é", "\u0301", "\u0663", "中", "\uD835\uDC00",
        "\u00b2", "\u2167", "$", "\n"};
    Random random = new Random(3);
    Matcher m = WORD.matcher("");
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        b.append(units[random.nextInt(units.length)]);
      }
      String s = b.toString();
      for (int at = 0; at < s.length(); at++) {
        m.reset(s).region(at, s.length());
        int expected = m.lookingAt() ? m.end() : -1;
        assertThat(VictimLexicon.wordEnd(s, at)).as("%s at %d", s, at).isEqualTo(expected);
      }
    }
    assertThat(VictimLexicon.wordEnd("soldiers' bodies", 0)).isEqualTo(8);
    assertThat(VictimLexicon.wordEnd("F.C. men", 0)).isEqualTo(3);
  }
}
