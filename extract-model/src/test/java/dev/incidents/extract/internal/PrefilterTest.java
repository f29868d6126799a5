package dev.incidents.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefilterTest {
  /**
   * Sets of literals, small and indexed by first signature bit, one to four to a prefilter, some
   * holding the empty literal: the prefilter says no exactly when some set has no literal wholly
   * inside the range.
   */
  @Test
  void saysNoExactlyWhenASetHasNoLiteralInTheRange() {
    Random random = new Random(11);
    String alphabet = "abcdeé ’.1";
    int no = 0;
    int maybe = 0;
    for (int round = 0; round < 2_000; round++) {
      List<Set<String>> required = new ArrayList<>();
      int sets = 1 + random.nextInt(4);
      for (int k = 0; k < sets; k++) {
        Set<String> set = new LinkedHashSet<>();
        int size = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
        while (set.size() < size) {
          set.add(random.nextInt(200) == 0 ? "" : random(random, alphabet, 1 + random.nextInt(5)));
        }
        required.add(set);
      }
      Prefilter usual = Prefilter.of(required);
      Prefilter allIndexed = Prefilter.of(required, 0);
      for (int t = 0; t < 10; t++) {
        String text = random(random, alphabet, random.nextInt(80));
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        int to = from + random.nextInt(text.length() - from + 1);
        boolean expected = required.stream().allMatch(set -> set.stream().anyMatch(lit -> {
          int at = text.indexOf(lit, from);
          return at >= 0 && at + lit.length() <= to;
        }));
        assertThat(usual.mayMatch(text, from, to)).as(usual + " in [" + text + "] " + from + ".." + to)
            .isEqualTo(expected);
        assertThat(allIndexed.mayMatch(text, from, to)).as(allIndexed + " indexed, in [" + text + "]")
            .isEqualTo(expected);
        no += expected ? 0 : 1;
        maybe += expected ? 1 : 0;
      }
    }
    assertThat(no).isGreaterThan(2_000);
    assertThat(maybe).isGreaterThan(2_000);
  }

  @Test
  void aSetWithTheEmptyLiteralRulesNothingOut() {
    Prefilter p = Prefilter.of(List.of(Set.of("", "killed")));
    assertThat(p.mayMatch("nothing here")).isTrue();
    Prefilter q = Prefilter.of(List.of(Set.of("", "killed"), Set.of("by")));
    assertThat(q.mayMatch("killed here")).isFalse();
    assertThat(q.mayMatch("shot by")).isTrue();
  }

  private static String random(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
