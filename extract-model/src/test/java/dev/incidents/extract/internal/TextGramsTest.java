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

  /**
   * Far more texts than the thread's table holds, asked about again and again: texts that share a
   * set of the table push each other out and come back, and every answer and every folding stays
   * right.
   */
  @Test
  void textsThatShareASetOfTheTableStayRight() {
    Random random = new Random(17);
    String alphabet = "abcdeAB \n.-1";
    String[] texts = new String[2_000];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = random(random, alphabet, 1 + random.nextInt(30));
    }
    ThreadCaches caches = ThreadCaches.get();
    for (int round = 0; round < 100_000; round++) {
      // most questions about a few recent texts, some about any
      String text = texts[random.nextInt(4) == 0 ? random.nextInt(texts.length) : random.nextInt(8)];
      String folded = Prefilter.fold(text, caches);
      assertThat(folded).isEqualTo(text.toLowerCase(java.util.Locale.ROOT).replace('\n', ' '));
      assertThat(Prefilter.foldedIfKnown(text, caches)).isSameAs(folded);
      String literal = random(random, "abcde .-1", 1 + random.nextInt(4));
      if (folded.contains(literal)) {
        int[] sig = TextGrams.signature(literal);
        assertThat(TextGrams.of(folded, caches).mayContain(sig[0], sig[1], sig[2]))
            .as("[" + literal + "] in [" + folded + "]").isTrue();
        assertThat(TextGrams.known(folded, caches)).isTrue();
      }
    }
  }

  @Test
  void rulesOutWordsOfAnotherSentence() {
    String sentence = "gunmen killed three soldiers near the border on monday";
    assertThat(mayContain(sentence, "killed")).isTrue();
    assertThat(mayContain(sentence, "wounded")).isFalse();
    assertThat(mayContain("", "a")).isFalse();
    assertThat(TextGrams.signature("")).as("the empty literal is in every text").isNull();
  }

  /** Small and large literal sets (the large indexed by first signature bit) answer as indexOf does. */
  @Test
  void literalSetsAnswerAsIndexOfDoes() {
    Random random = new Random(5);
    String alphabet = "abcdeé ’.1";
    int found = 0;
    for (int round = 0; round < 3_000; round++) {
      String[] literals = new String[1 + random.nextInt(30)];
      for (int i = 0; i < literals.length; i++) {
        literals[i] = random(random, alphabet, 1 + random.nextInt(5));
      }
      LiteralSet set = new LiteralSet(literals);
      for (int t = 0; t < 10; t++) {
        String text = random(random, alphabet, random.nextInt(60));
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        int to = from + random.nextInt(text.length() - from + 1);
        boolean expected = false;
        for (String lit : literals) {
          int at = text.indexOf(lit, from);
          expected |= at >= 0 && at + lit.length() <= to;
        }
        assertThat(set.anyWithin(TextGrams.of(text, ThreadCaches.get()), text, from, to))
            .as(set + " in [" + text + "] " + from + ".." + to).isEqualTo(expected);
        found += expected ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(3_000);
  }

  private static boolean mayContain(String text, String literal) {
    int[] sig = TextGrams.signature(literal);
    return TextGrams.of(text, ThreadCaches.get()).mayContain(sig[0], sig[1], sig[2]);
  }

  private static String random(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
