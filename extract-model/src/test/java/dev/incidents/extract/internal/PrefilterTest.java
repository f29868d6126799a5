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

  /**
   * The union of random prefilters says no only when every one of them does, and does say no:
   * one test can stand for many expressions' prefilters.
   */
  @Test
  void aUnionSaysNoOnlyWhenEveryFilterDoes() {
    Random random = new Random(5);
    String alphabet = "abcde .1";
    int no = 0;
    for (int round = 0; round < 1_000; round++) {
      List<Prefilter> filters = new ArrayList<>();
      for (int f = 1 + random.nextInt(5); f > 0; f--) {
        List<Set<String>> required = new ArrayList<>();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          Set<String> set = new LinkedHashSet<>();
          for (int size = 1 + random.nextInt(random.nextBoolean() ? 3 : 12); set.size() < size; ) {
            set.add(random(random, alphabet, 2 + random.nextInt(4)));
          }
          required.add(set);
        }
        filters.add(Prefilter.of(required));
      }
      Prefilter union = Prefilter.anyOf(filters);
      for (int t = 0; t < 10; t++) {
        String text = random(random, alphabet, random.nextInt(40));
        boolean any = filters.stream().anyMatch(f -> f.mayMatch(text));
        if (any) {
          assertThat(union.mayMatch(text)).as(union + " in [" + text + "]").isTrue();
        } else if (!union.mayMatch(text)) {
          no++;
        }
      }
    }
    assertThat(no).isGreaterThan(1_000);
    assertThat(Prefilter.anyOf(List.of()).filters()).isFalse();
    assertThat(Prefilter.anyOf(List.of(Prefilter.of(List.of(Set.of("killed"))), Prefilter.of(List.of())))
        .filters()).as("an expression without literals can match anything").isFalse();
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
