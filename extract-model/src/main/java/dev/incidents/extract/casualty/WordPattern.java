package dev.incidents.extract.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose every match begins a word with one of a few phrases ("at least 12", "a dozen",
 * "the soldier"): no ASCII letter, digit or underscore is just before a match (the pattern's
 * look-behind rules them out), and a match begins with the literal start of one of the
 * alternatives it was given, case-insensitive, or with a digit when digits may begin it. A scan of
 * the folded text finds those places, and the pattern is tried there only, not at every place a
 * letter of one of the words occurs: the matches are those of {@link Matcher#find}. Immutable and
 * thread-safe.
 */
final class WordPattern {
  private final Pattern pattern;
  /** The phrases a match may begin with, by their first letter ({@code 'a'} at 0). */
  private final Phrase[][] phrasesByLetter = new Phrase[26][];
  private final boolean digits;

  /**
   * The literal start of an alternative: lower-case words, a space standing for a run of white
   * space. When it is the whole alternative and ends in a word, no letter may follow it.
   */
  private static final class Phrase {
    final String text;
    final boolean whole;
    /** The length of the first word. */
    final int firstWord;
    /** Whether the first word must be a word of its own, not the start of a longer one. */
    final boolean firstWordWhole;

    Phrase(String text, boolean whole) {
      this.text = text;
      this.whole = whole;
      int space = text.indexOf(' ');
      this.firstWord = space < 0 ? text.length() : space;
      this.firstWordWhole = whole || space >= 0;
    }
  }

  private WordPattern(Pattern pattern, List<Phrase> phrases, boolean digits) {
    this.pattern = pattern;
    this.digits = digits;
    for (char c = 'a'; c <= 'z'; c++) {
      List<Phrase> these = new ArrayList<>();
      for (Phrase p : phrases) {
        if (p.text.charAt(0) == c) {
          these.add(p);
        }
      }
      phrasesByLetter[c - 'a'] = these.toArray(Phrase[]::new);
    }
  }

  /**
   * Compiles {@code regex}, whose matches begin with one of {@code alternatives} (an alternation of
   * lower-case words such as {@code "at\\s+least|more\\s+than|some"}), or with a digit when
   * {@code digits}. In the pattern, an alternative is followed by no letter.
   *
   * @throws IllegalArgumentException if an alternative does not begin with a word
   */
  static WordPattern compile(String regex, String alternatives, boolean digits) {
    List<Phrase> phrases = new ArrayList<>();
    for (String alternative : alternatives.split("\\|")) {
      Phrase p = literalStart(alternative);
      if (phrases.stream().noneMatch(q -> q.text.equals(p.text) && q.whole == p.whole)) {
        phrases.add(p);
      }
    }
    return new WordPattern(Pattern.compile(regex), phrases, digits);
  }

  /** The words an alternative begins with, up to the first character that is not a letter or {@code \s+}. */
  private static Phrase literalStart(String alternative) {
    StringBuilder text = new StringBuilder();
    int k = 0;
    while (k < alternative.length()) {
      if (isLetter(alternative.charAt(k))) {
        text.append(alternative.charAt(k++));
      } else if (alternative.startsWith("\\s+", k) && text.length() > 0) {
        text.append(' ');
        k += 3;
      } else {
        break;
      }
    }
    if (text.length() == 0) {
      throw new IllegalArgumentException("an alternative that begins with no word: " + alternative);
    }
    boolean whole = k == alternative.length() && text.charAt(text.length() - 1) != ' ';
    return new Phrase(text.toString(), whole);
  }

  Matcher matcher(String text) {
    return pattern.matcher(text);
  }

  /**
   * Finds the first match at or after {@code from}, as {@code m.find(from)} does. The matcher is
   * left at the match, its bounds transparent and not anchoring.
   *
   * @param m a matcher of this pattern over the text
   * @param folded the text folded ({@link dev.incidents.extract.internal.Prefilter#fold})
   * @param from where to start
   */
  boolean find(Matcher m, String folded, int from) {
    int n = folded.length();
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int at = from;
    if (at > 0) {
      // inside a word: no match starts before its end
      while (at < n && isWordCharacter(folded.charAt(at - 1))) {
        at++;
      }
    }
    while (at < n) {
      char c = folded.charAt(at);
      if (!isWordCharacter(c)) {
        at++;
        continue;
      }
      int letters = at;
      while (letters < n && isLetter(folded.charAt(letters))) {
        letters++;
      }
      if (begins(folded, at, c, letters - at) && m.region(at, n).lookingAt()) {
        return true;
      }
      at = letters;
      while (at < n && isWordCharacter(folded.charAt(at))) {
        at++;
      }
    }
    return false;
  }

  /**
   * Whether a digit or one of the phrases begins the word at {@code at}, whose first character is
   * {@code c} and which has {@code letters} letters before anything else.
   */
  private boolean begins(String folded, int at, char c, int letters) {
    if (c >= '0' && c <= '9') {
      return digits;
    }
    if (!isLetter(c)) {
      return false;
    }
    for (Phrase p : phrasesByLetter[c - 'a']) {
      if (p.firstWordWhole ? letters != p.firstWord : letters < p.firstWord) {
        continue;
      }
      int end = phraseEnd(folded, at, p.text);
      if (end >= 0 && (!p.whole || end == folded.length() || !isLetter(folded.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code phrase} ends when it is at {@code at}, a space in it taking a run of spaces; -1 when it is not. */
  private static int phraseEnd(String folded, int at, String phrase) {
    int k = at;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (k >= folded.length() || folded.charAt(k) != c) {
        return -1;
      }
      k++;
      if (c == ' ') {
        while (k < folded.length() && folded.charAt(k) == ' ') {
          k++;
        }
      }
    }
    return k;
  }

  /** A lower-case ASCII letter (a folded text has no upper-case ones). */
  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** What {@code \w} matches, in a folded text. */
  private static boolean isWordCharacter(char c) {
    return isLetter(c) || c >= '0' && c <= '9' || c == '_';
  }
}
