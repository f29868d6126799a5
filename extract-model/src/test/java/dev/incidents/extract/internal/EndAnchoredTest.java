package dev.incidents.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EndAnchoredTest {
  @Test
  void readsTheLastWordsFirst() {
    EndAnchored by = EndAnchored.compile("(?:claimed|carried out)\\s+(?:\\w+\\s+){0,3}?by\\s+(?:the\\s+)?$");
    assertThat(by.reversed()).isTrue();
    assertThat(by.find("the attack was carried out by the ")).isTrue();
    assertThat(by.find("the attack was claimed late on Monday by ")).isTrue();
    assertThat(by.find("the attack was carried out by the army and ")).isFalse();
    EndAnchored look = EndAnchored.compile("\\b(?:hit|struck)\\s+(?!(?:when|as)\\b)\\w+\\s+$");
    assertThat(look.find("they struck police ")).isTrue();
    assertThat(look.find("they struck as ")).isFalse();
    assertThat(EndAnchored.compile("(?<![\\w-])\\d+\\s*$").find("killed 12")).isTrue();
    EndAnchored pronoun = EndAnchored.compile("(?i)(?:^|\\s)(?:he|she)$");
    assertThat(pronoun.reversed()).isTrue();
    assertThat(pronoun.find("She")).isTrue();
    assertThat(pronoun.find("and he")).isTrue();
    assertThat(pronoun.find("the")).isFalse();
    assertThat(pronoun.first("later he").group()).isEqualTo(" he");
  }

  @Test
  void findsForwardsWhatItCannotReverse() {
    for (String re : List.of("(a)\\1$", "a$|b", "a(?=b$)", "(?i)a$b", "a++$", "(?>a)$", "a\\z")) {
      EndAnchored e = EndAnchored.compile(re);
      assertThat(e.reversed()).as(re).isFalse();
      assertThat(e.find("xa b")).as(re).isEqualTo(Pattern.compile(re).matcher("xa b").find());
    }
  }

  /** Random expressions ending in $ on random texts, line terminators at the end included: the same answer as find. */
  @Test
  void agreesWithFindOnRandomExpressions() {
    Random random = new Random(20261207);
    String[] words = {"ab", "ba", "Abc", "c", "a.b", "b-a", "’s", "by", "the"};
    String[] pieces = {"\\b", "\\s+", "\\s*", "\\w+", "[ab]", "[^a]", "[a-c]", ".", "(?<=a)", "(?<!b)", "(?=c)", "(?!a)",
        "\\.", "-", " ", "\\d", "\\d+", "(?:ab\\s+)?", "(?:\\d\\s)*", "\\s", "a\\s+b", "\\s?", "(?<![\\w-])",
        "(?<![\\w.])", "(?!(?:by|the)\\b)", "(?!b\\s+\\w+a\\b)", "^", "(?:^|\\s)", "(?<=a\\s?)", "(?i:ab)", "\\Qa.b\\E", "\\(", "[\\w’'\\-]", "\\p{L}", "(?:\\w+\\s+){0,2}?"};
    int reversed = 0;
    int checked = 0;
    for (int k = 0; k < 4000; k++) {
      String body = RegexTest.expression(random, words, pieces, 3);
      String re = switch (random.nextInt(3)) {
        case 0 -> body + "$";
        case 1 -> "(?:" + body + "|" + RegexTest.expression(random, words, pieces, 2) + "\\s*)$";
        default -> body + "\\s*$|" + RegexTest.expression(random, words, pieces, 2) + "$";
      };
      String withFlags = random.nextInt(4) == 0 ? "(?i)" + re : re;
      Pattern p;
      try {
        p = Pattern.compile(withFlags);
      } catch (RuntimeException e) {
        continue;
      }
      EndAnchored e = EndAnchored.compile(withFlags);
      reversed += e.reversed() ? 1 : 0;
      for (int t = 0; t < 30; t++) {
        String text = RegexTest.text(random, "abcABC .-’s\n\t12\u0301é\uD83D\uDE00") + List.of("", "", " ", "\n", "\r\n", "\r", "\u2028", "\u0085",
            "\u2029\u2029", "\n\r").get(random.nextInt(10));
        boolean expected = p.matcher(text).find();
        assertThat(e.find(text)).as(withFlags + " on [" + text + "]").isEqualTo(expected);
        assertThat(e.findBefore(text + "ab by\n", text.length())).as(withFlags + " before [" + text + "]").isEqualTo(expected);
        checked++;
      }
    }
    assertThat(reversed).isGreaterThan(2000);
    assertThat(checked).isGreaterThan(80_000);
  }
}
