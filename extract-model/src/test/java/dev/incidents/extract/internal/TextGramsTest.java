package dev.incidents.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextGramsTest {
  @Test
  void neverMissesALiteralTheTextContains() {
    Random random = new Random(11);
    String alphabet = "abcdeé’ .-\n12İ";
    String[] texts = new String[6];
    int present = 0;
    int ruledOut = 0;
    for (int round = 0; round < 20_000; round++) {
      // a few texts asked about in turn, more than a thread remembers, some equal but not the same
      int slot = random.nextInt(texts.length);
      if (texts[slot] == null || random.nextInt(4) == 0) {
        texts[slot] = random(random, alphabet, random.nextInt(40));
      }
      String text = random.nextBoolean() ? texts[slot] : new String(texts[slot].toCharArray());
      String literal = random(random, alphabet, 1 + random.nextInt(4));
      boolean may = mayContain(text, literal);
      if (text.contains(literal)) {
        assertThat(may).as("[" + literal + "] in [" + text + "]").isTrue();
        present++;
      } else if (!may) {
        ruledOut++;
      }
    }
    assertThat(present).isGreaterThan(1_000);
    assertThat(ruledOut).as("absent literals it rules out").isGreaterThan(5_000);
  }

  @Test
  void rulesOutWordsOfAnotherSentence() {
    String sentence = "gunmen killed three soldiers near the border on monday";
    assertThat(mayContain(sentence, "killed")).isTrue();
    assertThat(mayContain(sentence, "wounded")).isFalse();
    assertThat(mayContain("", "a")).isFalse();
    assertThat(TextGrams.signature("")).as("the empty literal is in every text").isNull();
  }

  private static boolean mayContain(String text, String literal) {
    int[] sig = TextGrams.signature(literal);
    return TextGrams.of(text).mayContain(sig[0], sig[1], sig[2]);
  }

  private static String random(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
