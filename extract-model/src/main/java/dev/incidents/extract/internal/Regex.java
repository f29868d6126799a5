package dev.incidents.extract.internal;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled pattern with its {@link Prefilter}: texts that lack the words it needs are not
 * scanned, and when every match starts with one of a few words, the pattern is tried only where
 * one of them does. Results are exactly the pattern's own. Immutable and thread-safe.
 */
public final class Regex {
  private final Pattern pattern;
  private final Prefilter prefilter;
  /** Strings every match starts with (folded), or null when unknown. */
  private final LiteralSet starts;
  /** Whether every match starts at the start of the text ({@code ^} before the whole pattern). */
  private final boolean anchored;
  /** What a match needs before it ({@link #wordStart}). */
  private final int wordStart;
  /**
   * For a pattern anchored at the start whose start strings are known: those strings by their
   * first character (ASCII, and one list for the rest), so that a text is ruled out by its first
   * characters, with no folding or indexing of the whole; null otherwise.
   */
  private final String[][] anchoredStarts;
  /**
   * This expression's number, by which each thread keeps a matcher of it ({@link
   * ThreadCaches#matcher}), reset for each text, where it never leaves this class ({@link
   * #find(String)}, {@link #find(String, String)}): most texts are asked about with no match kept,
   * and a new matcher a time was a third of what the rules allocate.
   */
  private final int id = ThreadCaches.number();

  private Regex(Pattern pattern, int small) {
    RequiredLiterals.Result r = RequiredLiterals.of(pattern);
    this.prefilter = Prefilter.of(r.required(), small);
    String[] s = r.starts() == null ? null : r.starts().stream().sorted().toArray(String[]::new);
    if (s != null && Arrays.stream(s).anyMatch(String::isEmpty)) {
      s = null; // a match may start anywhere
    }
    this.starts = s == null ? null : new LiteralSet(s, small);
    this.anchored = anchoredAtStart(pattern);
    this.wordStart = wordStart(pattern);
    this.anchoredStarts = anchored && s != null ? byFirstChar(s) : null;
    // tried at every place of a text, or once at its start with nothing ruled out before: its
    // alternatives grouped (where it is tried only at its start words, grouping measured no faster)
    this.pattern = starts == null || anchored ? Alternations.compile(pattern.pattern(), pattern.flags()) : pattern;
  }

  /** This thread's matcher of the pattern over {@code text}, as {@link Pattern#matcher} would make it. */
  private Matcher spareMatcher(String text, ThreadCaches caches) {
    return caches.matcher(id, pattern).reset(text).useTransparentBounds(false).useAnchoringBounds(true);
  }

  private static String[][] byFirstChar(String[] strings) {
    String[][] table = new String[ASCII + 1][];
    for (String str : strings) {
      int c = Math.min(str.charAt(0), ASCII);
      String[] row = table[c] == null ? new String[0] : table[c];
      row = Arrays.copyOf(row, row.length + 1);
      row[row.length - 1] = str;
      table[c] = row;
    }
    return table;
  }

  private static final int ASCII = 0x80;

  /**
   * Whether {@code p} is {@code ^...} without {@link Pattern#MULTILINE}, with the anchor not
   * quantified and no alternative outside parentheses: it can match only at the start of the text.
   */
  static boolean anchoredAtStart(Pattern p) {
    String re = p.pattern();
    if ((p.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) != 0 || !re.startsWith("^")
        || (re.length() > 1 && "*+?{".indexOf(re.charAt(1)) >= 0)) { // "^*": the anchor is optional
      return false;
    }
    return oneAlternative(re);
  }

  /** A match never starts right after an ASCII word character. */
  static final int AFTER_NON_WORD = 2;
  /** A match never starts between two ASCII word characters. */
  static final int AT_WORD_BOUNDARY = 1;

  /**
   * What the start of {@code p} says of the character before a match: {@link #AFTER_NON_WORD} for
   * {@code (?<![\\w...])...}, {@link #AT_WORD_BOUNDARY} for {@code \\b...}, else 0. Only for a
   * pattern with no alternative outside parentheses and without the flags that change {@code \\w}.
   */
  static int wordStart(Pattern p) {
    String re = p.pattern();
    if ((p.flags() & (Pattern.UNICODE_CHARACTER_CLASS | Pattern.COMMENTS | Pattern.LITERAL)) != 0
        || !oneAlternative(re)) {
      return 0;
    }
    if (re.startsWith("\\b") && (re.length() == 2 || "*+?{".indexOf(re.charAt(2)) < 0)) {
      return AT_WORD_BOUNDARY;
    }
    if (re.startsWith("(?<![\\w")) {
      int close = RegexSyntax.classEnd(re, 4);
      if (close > 0 && !re.substring(4, close).contains("&&") && close + 1 < re.length()
          && re.charAt(close + 1) == ')' && (close + 2 == re.length() || "*+?{".indexOf(re.charAt(close + 2)) < 0)) {
        return AFTER_NON_WORD;
      }
    }
    return 0;
  }

  /** Whether {@code re} has no alternative outside parentheses (false when it cannot tell). */
  private static boolean oneAlternative(String re) {
    int depth = 0;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (i + 1 < re.length() && re.charAt(i + 1) == 'Q') {
          int end = re.indexOf("\\E", i + 2);
          if (end < 0) {
            return true; // quoted to the end
          }
          i = end + 1;
        } else {
          i++;
        }
      } else if (c == '[') {
        i = RegexSyntax.classEnd(re, i);
        if (i < 0) {
          return false;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth < 0) {
          return false;
        }
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code pattern} with its prefilter.
   *
   * @param pattern the pattern
   * @return the regex
   */
  public static Regex of(Pattern pattern) {
    return new Regex(pattern, LiteralSet.SMALL);
  }

  /**
   * {@code pattern} with its prefilter, indexing literal sets of more than {@code small} by their
   * first signature bits (tests use it to try both ways).
   */
  static Regex of(Pattern pattern, int small) {
    return new Regex(pattern, small);
  }

  /**
   * {@code regex} compiled with {@code flags} and its alternations grouped by first character
   * ({@link Alternations}): the same matches, groups and all, as {@code Pattern.compile(regex,
   * flags)}, found sooner by a {@link Matcher#find} that tries the expression at every place of a
   * text ("\\b(?:said|reported|stated)\\s+$" over the words before a date).
   *
   * @param regex the expression
   * @param flags the {@link Pattern} flags
   * @return the pattern
   */
  public static Pattern compileForScan(String regex, int flags) {
    return Alternations.compile(regex, flags);
  }

  /**
   * Compiles {@code regex}.
   *
   * @param regex the expression
   * @return the regex
   */
  public static Regex compile(String regex) {
    return of(Pattern.compile(regex));
  }

  /**
   * Compiles {@code regex} with {@code flags}.
   *
   * @param regex the expression
   * @param flags the {@link Pattern} flags
   * @return the regex
   */
  public static Regex compile(String regex, int flags) {
    return of(Pattern.compile(regex, flags));
  }

  /**
   * The pattern (its alternations grouped by first character, {@link Alternations}, when it is
   * tried at every place of a text or once at its start).
   *
   * @return the pattern
   */
  public Pattern pattern() {
    return pattern;
  }

  /**
   * A matcher over {@code text}.
   *
   * @param text the text
   * @return a new matcher
   */
  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /**
   * Whether the pattern may match {@code folded}: false only when it cannot.
   *
   * @param folded a text folded with {@link Prefilter#fold}
   * @return false when the pattern cannot match
   */
  public boolean mayMatch(String folded) {
    return prefilter.mayMatch(folded);
  }

  /**
   * The prefilter of the pattern: what {@link #mayMatch} asks.
   *
   * @return the prefilter
   */
  public Prefilter prefilter() {
    return prefilter;
  }

  /**
   * Whether the pattern may match inside {@code [from, to)} of {@code folded}.
   *
   * @param folded a folded text
   * @param from start of the range
   * @param to end of the range
   * @return false when the pattern cannot match inside the range
   */
  public boolean mayMatch(String folded, int from, int to) {
    return prefilter.mayMatch(folded, from, to);
  }

  /**
   * Whether the pattern matches somewhere in {@code text}.
   *
   * @param text the text
   * @param folded {@code text} folded
   * @return whether {@code matcher(text).find()}
   */
  public boolean find(String text, String folded) {
    return find(text, folded, ThreadCaches.get());
  }

  private boolean find(String text, String folded, ThreadCaches caches) {
    return mayMatchWhole(folded, caches) && findPrefiltered(spareMatcher(text, caches), folded, 0, caches);
  }

  /** Whether the pattern may match somewhere in {@code folded}, asked as cheaply as its kind allows. */
  private boolean mayMatchWhole(String folded, ThreadCaches caches) {
    return anchored ? anchoredMayMatch(folded, folded, caches) : prefilter.mayMatch(folded, 0, folded.length(), caches);
  }

  /**
   * For a pattern anchored at the start: false when no start string begins {@code text} (read
   * through {@link Prefilter#fold(char)}), else what the prefilter says when the grams of {@code
   * folded} are at hand, else maybe. One attempt at the start costs less than indexing a text
   * that no other rule reads.
   *
   * @param text the text, folded or not
   * @param folded the text folded, or null when it has not been
   * @param caches this thread's caches
   */
  private boolean anchoredMayMatch(String text, String folded, ThreadCaches caches) {
    if (anchoredStarts != null && !startsWithAStart(text)) {
      return false;
    }
    return folded == null || !TextGrams.known(folded, caches) || prefilter.mayMatch(folded, 0, folded.length(), caches);
  }

  private boolean startsWithAStart(String text) {
    if (text.isEmpty()) {
      return false;
    }
    String[] candidates = anchoredStarts[Math.min(Prefilter.fold(text.charAt(0)), ASCII)];
    if (candidates == null) {
      return false;
    }
    for (String start : candidates) {
      if (startsWithFolded(text, start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} folded starts with {@code start}, folding only the characters compared. */
  private static boolean startsWithFolded(String text, String start) {
    if (text.length() < start.length()) {
      return false;
    }
    for (int i = 0; i < start.length(); i++) {
      if (Prefilter.fold(text.charAt(i)) != start.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the first match at or after {@code from}, as {@code m.find(from)} does, trying the
   * pattern only where a match can start. The matcher is left at the match, its bounds set
   * transparent and not anchoring.
   *
   * @param m a matcher of this pattern over the text
   * @param folded the text folded
   * @param from where to start
   * @return whether there is a match
   */
  public boolean find(Matcher m, String folded, int from) {
    int n = folded.length();
    if (from > n) {
      return false;
    }
    ThreadCaches caches = ThreadCaches.get();
    if (anchored) {
      return from == 0 && mayMatchWhole(folded, caches) && findPrefiltered(m, folded, 0, caches);
    }
    return prefilter.mayMatch(folded, from, n, caches) && findPrefiltered(m, folded, from, caches);
  }

  /** {@link #find(Matcher, String, int)} once the prefilter has said maybe. */
  private boolean findPrefiltered(Matcher m, String folded, int from, ThreadCaches caches) {
    if (anchored) {
      return from == 0 && m.useTransparentBounds(true).useAnchoringBounds(false).region(0, folded.length()).lookingAt();
    }
    if (starts == null) {
      return m.find(from);
    }
    int n = folded.length();
    m.useTransparentBounds(true).useAnchoringBounds(false);
    // the start strings the text holds, each at its next occurrence; the earliest is tried first
    int[] index = caches.startIndexes(starts.size());
    int[] next = caches.startPlaces(starts.size());
    int found = starts.found(TextGrams.of(folded, caches), folded, from, index, next);
    while (found > 0) {
      int at = next[0];
      for (int k = 1; k < found; k++) {
        at = Math.min(at, next[k]);
      }
      if (possibleStart(folded, at) && m.region(at, n).lookingAt()) {
        return true;
      }
      for (int k = 0; k < found; k++) {
        if (next[k] == at) {
          next[k] = folded.indexOf(starts.literal(index[k]), at + 1);
          if (next[k] < 0) { // gone: the last one takes its place
            found--;
            index[k] = index[found];
            next[k] = next[found];
            k--;
          }
        }
      }
    }
    return false;
  }

  /** Whether a match may start at {@code at} by what {@link #wordStart} says. */
  private boolean possibleStart(String folded, int at) {
    if (wordStart == 0 || at == 0 || !asciiWord(folded.charAt(at - 1))) {
      return true;
    }
    return wordStart == AT_WORD_BOUNDARY && !asciiWord(folded.charAt(at));
  }

  /**
   * Where a {@code $} (without {@link Pattern#MULTILINE}) may match at the end of {@code s[0,
   * end)} once white space is passed: {@code end}, or just before a final line terminator that
   * {@code \\s} does not match (U+0085, U+2028, U+2029).
   *
   * @param s a text
   * @param end the end of the text in {@code s}
   * @return where the text ends for {@code $}
   */
  public static int dollarEnd(CharSequence s, int end) {
    if (end > 0) {
      char c = s.charAt(end - 1);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return end - 1;
      }
    }
    return end;
  }

  /**
   * Whether {@code .} (without {@link Pattern#DOTALL}) matches every character of {@code s}: it
   * holds no line terminator ({@code \\n}, {@code \\r}, U+0085, U+2028, U+2029).
   *
   * @param s a text
   * @return whether {@code .*} matches all of it
   */
  public static boolean dotsMatchAll(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the white space of {@code \\s} that ends at {@code end} begins ({@code end} when there is none).
   *
   * @param s a text
   * @param end where the run ends
   * @return where it begins
   */
  public static int spacesBefore(CharSequence s, int end) {
    int i = end;
    while (i > 0 && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Whether {@code \\b} (no flags, transparent bounds) matches at {@code i} of {@code s}: a word
   * character on one side only, where a word character is a letter, a digit or {@code _}, and a
   * non-spacing mark counts as one when a letter or digit comes before it through marks.
   *
   * @param s a text
   * @param i a place in it, from 0 to its length
   * @return whether {@code Pattern.compile("\\b")} matches there
   */
  public static boolean wordBoundary(CharSequence s, int i) {
    boolean left = i > 0 && boundaryWord(s, Character.codePointBefore(s, i), i - 1);
    boolean right = i < s.length() && boundaryWord(s, Character.codePointAt(s, i), i);
    return left != right;
  }

  /** What {@code \\b} takes for a word character, the code point {@code ch} read at {@code at}. */
  private static boolean boundaryWord(CharSequence s, int ch, int at) {
    if (ch < 0x80) {
      return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_';
    }
    if (Character.isLetterOrDigit(ch)) {
      return true;
    }
    if (Character.getType(ch) != Character.NON_SPACING_MARK) {
      return false;
    }
    // the engine reads back from the mark's last char unit for a letter or digit behind marks
    for (int x = at; x >= 0; x--) {
      int c = Character.codePointAt(s, x);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code \\s} matches {@code c} (ASCII white space, the default).
   *
   * @param c a character
   * @return whether it is a space, tab, line feed, vertical tab, form feed or carriage return
   */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** What {@code \\w} matches, in a folded text. */
  private static boolean asciiWord(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
  }

  /**
   * Where the search after the current match of {@code m} goes on, as {@code m.find()} does: its
   * end, or one past it after an empty match.
   *
   * @param m a matcher at a match
   * @return where to look for the next match
   */
  public static int after(Matcher m) {
    return m.end() == m.start() ? m.end() + 1 : m.end();
  }

  /**
   * Whether the pattern matches somewhere in {@code text}.
   *
   * @param text the text
   * @return whether {@code matcher(text).find()}
   */
  public boolean find(String text) {
    ThreadCaches caches = ThreadCaches.get();
    if (anchored) {
      return anchoredMayMatch(text, Prefilter.foldedIfKnown(text, caches), caches)
          && spareMatcher(text, caches).lookingAt();
    }
    return find(text, Prefilter.fold(text, caches), caches);
  }

  /**
   * A matcher over {@code text} that has found the first match, or null when there is none.
   *
   * @param text the text
   * @param folded {@code text} folded
   * @return the matcher at its first match, or null
   */
  public Matcher first(String text, String folded) {
    ThreadCaches caches = ThreadCaches.get();
    if (!mayMatchWhole(folded, caches)) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return findPrefiltered(m, folded, 0, caches) ? m : null;
  }

  /**
   * The matcher of {@link #first} at its next match, or null when there is none: {@code for
   * (Matcher m = r.first(text, folded); m != null; m = r.next(m, folded))} walks the matches as
   * repeated {@link Matcher#find()} does, and makes no matcher for a text the prefilter rules out.
   *
   * @param m a matcher at a match, from {@link #first} or an earlier {@code next}
   * @param folded the text folded
   * @return {@code m} at its next match, or null
   */
  public Matcher next(Matcher m, String folded) {
    return find(m, folded, after(m)) ? m : null;
  }

  @Override
  public String toString() {
    return pattern.pattern() + " " + prefilter + (starts == null ? "" : " starts " + starts);
  }
}
