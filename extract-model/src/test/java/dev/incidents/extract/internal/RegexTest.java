package dev.incidents.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The prefilter never hides a match, and {@link Regex} finds exactly what the pattern finds. */
class RegexTest {
  @Test
  void readsTheWordsEveryMatchNeeds() {
    assertThat(Prefilter.of(Pattern.compile("\\b(?:killed|wounded)\\s+by\\b")).toString())
        .isEqualTo("Prefilter [ by] [killed , wounded ]");
    assertThat(Prefilter.of(Pattern.compile("(?i)\\bat\\s+least\\b")).toString()).isEqualTo("Prefilter [at ] [ least]");
    assertThat(Prefilter.of(Pattern.compile("(?i)\\bshell(?:ing|ed|s)\\b")).toString())
        .isEqualTo("Prefilter [shelled, shelling, shells]");
    assertThat(Prefilter.of(Pattern.compile("x(?:ab|cd)?y")).toString()).isEqualTo("Prefilter [xaby, xcdy, xy]");
    assertThat(Prefilter.of(Pattern.compile("Attack(?=s)")).toString()).isEqualTo("Prefilter [attack]");
  }

  @Test
  void saysNothingWhenNoWordIsNeeded() {
    for (String re : List.of("\\w+", "(?:killed)?", "[A-Z][a-z]+", "x*", "(?x)killed", "(a)\\1", "\\p{L}+")) {
      assertThat(Prefilter.of(Pattern.compile(re)).filters()).as(re).isFalse();
    }
    Pattern unicodeCase = Pattern.compile("killed", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(Prefilter.of(unicodeCase).filters()).isFalse();
  }

  @Test
  void foldsOnlyAsciiCapitals() {
    assertThat(Prefilter.fold("Killed İstanbul ÉTÉ")).isEqualTo("killed İstanbul ÉtÉ");
    assertThat(Prefilter.fold("A\tb\nC\r\u000B\f\u00A0")).isEqualTo("a b c   \u00A0");
    String same = "already lower";
    assertThat(Prefilter.fold(same)).isSameAs(same);
    // Latin-1 texts are folded into bytes, others into chars: both as the character rule says
    java.util.Random random = new java.util.Random(3);
    String alphabet = "aZ \t\n\r\u000B\f\u00A0\u00C9\u00FF\u0100İ’\uD835\uDC00";
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        text.append(c);
        expected.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : Regex.isSpace(c) ? ' ' : c);
      }
      assertThat(Prefilter.fold(text.toString())).isEqualTo(expected.toString());
    }
  }

  @Test
  void findsWhatThePatternFinds() {
    List<String> patterns = List.of(
        "\\b(?:killed|killing)\\s+(?:the\\s+)?$",
        "(?i)(?<![\\w-])(a|an|the)\\s+",
        "^(?:In|At)\\s",
        "(?i)\\bno\\s+(?:other\\s+)?casualties\\b",
        "(?:^|(?<=[,;]\\s))(?i:the|a)\\s+(\\w+)\\s+(?:was\\s+)?killed",
        "\\b(?:Pakistan|Pakistani|India|Indian)\\b",
        "(?i)(?:\\$|rs\\.?\\s*|no\\.\\s*|number\\s+)$",
        "[.,]\\s*(?:and|or)\\b",
        "(?i)killed(?!\\s+in)",
        "\\bx++y|x?+z",
        "(?m)^b|a$",
        "(?i)(?<![\\w.])(?:(at\\s+least|about)\\s+)?(\\d+|two|dozens)(?![\\w%])");
    List<String> texts = List.of("", "killed", "The man was killed, the boy killed", "Killing the ", "In Lahore",
        "the town. At noon", "no casualties", "No other Casualties were reported", "Rs. 500", "number  ",
        "Pakistani and Indian troops; Pakistan", "Pakistanis", "a, or b", "killed in action", "xxy z",
        "b\na\nb", "İstanbul killed", "an an an the", "at least 12 killed, about two dozens", "At Least 3.5%");
    for (String re : patterns) {
      for (Regex regex : List.of(Regex.compile(re), Regex.of(Pattern.compile(re), 0))) {
        for (String t : texts) {
          assertThat(matches(regex, t)).as(re + " on " + t).isEqualTo(matches(regex.pattern(), t));
        }
      }
    }
  }

  @Test
  void knowsAnExpressionAnchoredAtTheStart() {
    for (String re : List.of("^abc", "^(?:a|b)c", "^[|]a", "^\\|a", "^a[^]|]b", "^\\Q|\\Ea", "^(a)(b|c)")) {
      assertThat(Regex.anchoredAtStart(Pattern.compile(re))).as(re).isTrue();
    }
    for (String re : List.of("abc", "^a|b", "(?:^a)", "^a|^b", "\\^a", "^*a", "^?")) {
      assertThat(Regex.anchoredAtStart(Pattern.compile(re))).as(re).isFalse();
    }
    assertThat(Regex.anchoredAtStart(Pattern.compile("^a", Pattern.MULTILINE))).isFalse();
  }

  @Test
  void knowsWhatMustComeBeforeAMatch() {
    assertThat(Regex.wordStart(Pattern.compile("\\bkilled\\b"))).isEqualTo(Regex.AT_WORD_BOUNDARY);
    assertThat(Regex.wordStart(Pattern.compile("(?<![\\w/-])\\d{4}"))).isEqualTo(Regex.AFTER_NON_WORD);
    for (String re : List.of("\\bkilled|wounded", "\\b?a", "(?<![\\w&&[^a]])b", "(?<![^\\w])a", "(?<![\\w])?a",
        "a\\b", "\\Bab")) {
      assertThat(Regex.wordStart(Pattern.compile(re))).as(re).isZero();
    }
    assertThat(Regex.wordStart(Pattern.compile("\\ba", Pattern.UNICODE_CHARACTER_CLASS))).isZero();
  }

  /** Random expressions over a few words on random texts: every match found, in the same place. */
  @Test
  void agreesWithThePatternOnRandomExpressions() {
    Random random = new Random(7);
    String[] words = {"ab", "ba", "Abc", "c", "a.b", "b-a", "’s"};
    String[] pieces = {"\\b", "\\s+", "\\s*", "\\w+", "[ab]", "[^a]", "[a-c]", ".", "^", "$", "(?<=a)", "(?<!b)",
        "(?=c)", "(?!a)", "\\.", "-", " ", "\\d", "\\d+", "(?:ab\\s+)?", "(?:\\d\\s)*", "(?:b|\\s)?+", "\\s",
        "a\\s+b", "\\s?", "(?<![\\w-])", "(?<![\\w.])"};
    int checked = 0;
    for (int k = 0; k < 3000; k++) {
      String re = expression(random, words, pieces, 3);
      Pattern p;
      try {
        p = Pattern.compile(re, random.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0);
      } catch (RuntimeException e) {
        continue;
      }
      // literal sets tested one literal at a time, and all of them indexed by rarest pair
      Regex oneByOne = Regex.of(p, Integer.MAX_VALUE);
      Regex indexed = Regex.of(p, 0);
      for (int t = 0; t < 30; t++) {
        String text = text(random, "abcABC .-’s\n\t12");
        List<String> expected = matches(p, text);
        assertThat(matches(oneByOne, text)).as(re + " on [" + text + "]").isEqualTo(expected);
        assertThat(matches(indexed, text)).as(re + " on [" + text + "] indexed").isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  /** The white space of {@code \\s}, what {@code .} matches, and where {@code $} matches at the end of a text. */
  @Test
  void knowsWhiteSpaceAndTheEndOfAText() {
    Pattern space = Pattern.compile("\\s");
    Pattern dot = Pattern.compile(".");
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Regex.isSpace(c)).as("U+%04X", (int) c).isEqualTo(space.matcher(String.valueOf(c)).matches());
      assertThat(Regex.dotsMatchAll("a" + c)).as("U+%04X", (int) c).isEqualTo(dot.matcher(String.valueOf(c)).matches());
    }
    Pattern dollar = Pattern.compile("x\\s*$");
    for (String text : List.of("x", "x ", "x\n", "x\r\n", "x\u2028", "x \u2029", "x\u0085", "x\u2028\u2028", "x.")) {
      int end = Regex.dollarEnd(text, text.length());
      Matcher m = dollar.matcher(text);
      boolean matches = m.find();
      // the expression matches exactly when the text up to dollarEnd is x and white space
      boolean byEnd = text.substring(1, end).chars().allMatch(c -> Regex.isSpace((char) c));
      assertThat(byEnd).as("[" + text + "]").isEqualTo(matches);
    }
  }

  static String expression(Random r, String[] words, String[] pieces, int depth) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      int kind = r.nextInt(depth > 0 ? 4 : 2);
      String atom = switch (kind) {
        case 0 -> Pattern.quote(words[r.nextInt(words.length)]).replace("\\Q", "").replace("\\E", "")
            .replace(".", "\\.");
        case 1 -> pieces[r.nextInt(pieces.length)];
        case 2 -> "(?:" + expression(r, words, pieces, depth - 1) + "|" + expression(r, words, pieces, depth - 1) + ")";
        default -> "(" + expression(r, words, pieces, depth - 1) + ")";
      };
      b.append(atom);
      if ((kind >= 2 || atom.length() == 1 || atom.startsWith("[")) && r.nextInt(3) == 0) {
        b.append(new String[] {"?", "*", "+", "{1,2}", "{2}", "??", "+?"}[r.nextInt(7)]);
      }
    }
    return b.toString();
  }

  static String text(Random r, String alphabet) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(14);
    for (int k = 0; k < n; k++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Every match as found by {@link Regex#find(Matcher, String, int)}. */
  private static List<String> matches(Regex regex, String text) {
    List<String> out = new ArrayList<>();
    String folded = Prefilter.fold(text);
    Matcher m = regex.matcher(text);
    int from = 0;
    while (regex.find(m, folded, from)) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
      from = m.end() == m.start() ? m.end() + 1 : m.end();
    }
    out.add("find=" + regex.find(text, folded));
    // a text this thread has not folded, and one it has folded but not indexed
    out.add("fresh=" + regex.find(new String(text.toCharArray())));
    String unindexed = new String(text.toCharArray());
    Matcher first = regex.first(unindexed, Prefilter.fold(unindexed));
    out.add("first=" + (first == null ? "none" : first.start() + "-" + first.end()));
    return out;
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    out.add("find=" + p.matcher(text).find());
    out.add("fresh=" + p.matcher(text).find());
    Matcher first = p.matcher(text);
    out.add("first=" + (first.find() ? first.start() + "-" + first.end() : "none"));
    return out;
  }

  @Test
  void findsWordBoundariesWhereTheEngineDoes() {
    String[] units = {"a", "Z", "7", "_", " ", "-", ".", "é", "\u0301", "\u0663", "中", "\uD835\uDC00",
        "\uD834\uDD67", "\uD835", "\uDC00", "\u200D", "\n"};
    Matcher bound = Pattern.compile("\\b").matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    Random random = new Random(11);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(7); k > 0; k--) {
        b.append(units[random.nextInt(units.length)]);
      }
      String s = b.toString();
      bound.reset(s);
      for (int i = 0; i <= s.length(); i++) {
        assertThat(Regex.wordBoundary(s, i)).as("%s at %d", s, i).isEqualTo(bound.region(i, s.length()).lookingAt());
      }
    }
    assertThat(Regex.wordBoundary("al-Qaeda", 2)).isTrue();
    assertThat(Regex.wordBoundary("cafe\u0301 x", 5)).isTrue();
    assertThat(Regex.wordBoundary("cafe\u0301 x", 4)).isFalse();
  }
}
