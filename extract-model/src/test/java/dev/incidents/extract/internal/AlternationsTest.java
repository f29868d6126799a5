package dev.incidents.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationsTest {
  @Test
  void groupsAlternativesByFirstCharacter() {
    assertThat(Alternations.rewrite("attack|ambush|killed|abducted", 0)).isEqualTo("a(?:ttack|mbush|bducted)|killed");
    assertThat(Alternations.rewrite("\\b(?:shot|Struck|stormed)\\b", Pattern.CASE_INSENSITIVE))
        .isEqualTo("\\b(?:s(?:hot|truck|tormed))\\b");
    assertThat(Alternations.rewrite("\\b(?:shot|Struck|stormed)\\b", 0)).isEqualTo("\\b(?:s(?:hot|tormed)|Struck)\\b");
    // groups keep their numbers and names: alternatives that hold one are not moved
    assertThat(Alternations.rewrite("(?<v>bomb(?:ed|s)?|blast)(ed)?", 0)).isEqualTo("(?<v>b(?:omb(?:ed|s)?|last))(ed)?");
    assertThat(Alternations.rewrite("a(x)|c|a(y)", 0)).isEqualTo("a(x)|c|a(y)");
  }

  @Test
  void neverGroupsAcrossAnAlternativeThatMayMatchAnything() {
    // "\\w+" may match where "ab" does: "ab" and "ac" stay on each side of it
    assertThat(Alternations.rewrite("ab|\\w+|ac|x|ad", 0)).isEqualTo("ab|\\w+|a(?:c|d)|x");
    // a first character with a quantifier is no plain start
    assertThat(Alternations.rewrite("a?b|ac|ad", 0)).isEqualTo("a?b|a(?:c|d)");
  }

  @Test
  void leavesWhatItDoesNotFollowAsWritten() {
    for (String re : List.of("(?x)a b|a c", "[]a]|ab|ac", "(a)\\1|ab|ac", "ab|ac)", "{|ab|ac")) {
      assertThat(Alternations.rewrite(re, 0)).as(re).isEqualTo(re);
    }
    assertThat(Alternations.rewrite("ab|ac", Pattern.COMMENTS)).isEqualTo("ab|ac");
    // a flag set inside the alternation: the case is not the same in every alternative
    assertThat(Alternations.rewrite("Kb|x(?i)|kc", 0)).isEqualTo("Kb|x(?i)|kc");
  }

  /** Random expressions full of alternatives that share first characters: every match and group the same. */
  @Test
  void matchesWhatTheExpressionAsWrittenMatches() {
    Random random = new Random(20261207);
    String[] words = {"a", "ab", "abc", "Ab", "b", "ba", "bA", "c", "-a", " b", "a b", "a-", "1", "12"};
    String[] pieces = {"\\b", "\\s+", "\\w+", "[ab]", "[^a]", ".", "^", "$", "(?<=a)", "(?<!b)", "(?=c)", "(?!a)",
        "(?i:a|b)", "\\Qa|b\\E", "\\x61", "\\u0062", "(?>a|ab)", "\\d", "[a&&[^b]]", "\\p{L}"};
    int rewritten = 0;
    int compared = 0;
    for (int k = 0; k < 4000; k++) {
      String re = expression(random, words, pieces, 3);
      int flags = random.nextInt(3) == 0 ? Pattern.CASE_INSENSITIVE : 0;
      Pattern p;
      try {
        p = Pattern.compile(re, flags);
      } catch (RuntimeException e) {
        continue;
      }
      Pattern q = Alternations.compile(re, flags);
      rewritten += q.pattern().equals(re) ? 0 : 1;
      for (int t = 0; t < 25; t++) {
        String text = text(random, "abcAB -12");
        assertThat(matches(q, text)).as(re + " -> " + q.pattern() + " on [" + text + "]").isEqualTo(matches(p, text));
        compared++;
      }
    }
    assertThat(rewritten).isGreaterThan(1000);
    assertThat(compared).isGreaterThan(50_000);
  }

  private static String expression(Random r, String[] words, String[] pieces, int depth) {
    StringBuilder b = new StringBuilder();
    int alternatives = 1 + r.nextInt(5);
    for (int a = 0; a < alternatives; a++) {
      if (a > 0) {
        b.append('|');
      }
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        // alternatives mostly open on a word, so that many share a first character
        int kind = k == 0 && r.nextInt(10) < 7 ? 0 : r.nextInt(depth > 0 ? 5 : 2);
        String atom = switch (kind) {
          case 0 -> r.nextInt(40) == 0 ? (r.nextBoolean() ? "(?i)" : "(?-i)") : words[r.nextInt(words.length)];
          case 1 -> pieces[r.nextInt(pieces.length)];
          case 2 -> "(?:" + expression(r, words, pieces, depth - 1) + ")";
          case 3 -> "(?<g" + r.nextInt(1000) + ">" + expression(r, words, pieces, depth - 1) + ")";
          default -> "(" + expression(r, words, pieces, depth - 1) + ")";
        };
        b.append(atom);
        if (r.nextInt(4) == 0) {
          b.append(new String[] {"?", "*", "+", "{1,2}", "??", "+?", "?+"}[r.nextInt(7)]);
        }
      }
    }
    return b.toString();
  }

  private static String text(Random r, String alphabet) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(12); k > 0; k--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      StringBuilder groups = new StringBuilder();
      for (int g = 0; g <= m.groupCount(); g++) {
        groups.append(m.start(g)).append('-').append(m.end(g)).append(' ');
      }
      out.add(groups.toString());
    }
    out.add("lookingAt=" + p.matcher(text).lookingAt() + " matches=" + p.matcher(text).matches());
    return out;
  }
}
