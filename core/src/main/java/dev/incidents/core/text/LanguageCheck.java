package dev.incidents.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A cheap check that a text is English: most letters are Latin, and function words of other
 * European languages do not outnumber English ones. Short texts get the benefit of the doubt.
 */
public final class LanguageCheck {
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "in", "to", "a", "was", "were",
      "is", "are", "on", "by", "at", "for", "with", "from", "that", "his", "her", "their", "killed", "said", "an",
      "as", "has", "have", "had", "it", "this", "after", "police");
  private static final Set<String> OTHER_FUNCTION_WORDS = Set.of("le", "la", "les", "des", "du", "et", "une", "est",
      "dans", "sur", "el", "los", "las", "del", "y", "con", "por", "una", "der", "die", "das", "und", "mit", "ist",
      "den", "von", "il", "di", "che", "della", "o", "os", "da", "do", "em", "um", "de");
  private static final int MIN_WORDS = 12;
  /** The low 10 bits of the hash code of every function word, as a bit set. */
  private static final long[] FUNCTION_HASHES = new long[16];

  static {
    Stream.concat(FUNCTION_WORDS.stream(), OTHER_FUNCTION_WORDS.stream()).forEach(w -> {
      int h = w.hashCode() & 1023;
      FUNCTION_HASHES[h >>> 6] |= 1L << h;
    });
  }
  private static final int LONGEST = Stream.concat(FUNCTION_WORDS.stream(), OTHER_FUNCTION_WORDS.stream())
      .mapToInt(String::length).max().orElseThrow();

  private LanguageCheck() {}

  /**
   * Whether {@code text} reads as English (or is too short to tell).
   *
   * @param text the text
   * @return true unless it reads as another language
   */
  public static boolean isEnglish(String text) {
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isAsciiLetter(c)) {
        letters++;
        latin++;
      } else if (c >= 0x80 && Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    if (letters == 0) {
      return true;
    }
    if (latin * 2 < letters) {
      return false;
    }
    int words = 0;
    int function = 0;
    int other = 0;
    int n = text.length();
    int i = 0;
    while (i < n && words < 2000) {
      int step = letterAt(text, i);
      if (step < 0) {
        i -= step;
        continue;
      }
      int start = i;
      while (i < n && (step = letterAt(text, i)) > 0) {
        i += step;
      }
      words++;
      // no function word is longer than LONGEST: longer words need no string
      if (i - start <= LONGEST && mayBeFunctionWord(text, start, i)) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(w)) {
          function++;
        } else if (OTHER_FUNCTION_WORDS.contains(w)) {
          other++;
        }
      }
    }
    if (words < MIN_WORDS) {
      return true;
    }
    return other < 3 || other <= function;
  }

  /**
   * False when {@code text[from, to)} is surely no function word: an ASCII word whose lower-cased
   * hash code is none of theirs.
   */
  private static boolean mayBeFunctionWord(String text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return true;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    h &= 1023;
    return (FUNCTION_HASHES[h >>> 6] & (1L << h)) != 0;
  }


  /**
   * The length in chars of the code point at {@code i}: positive when it is a letter, negative
   * when not. ASCII is answered without decoding a code point.
   */
  private static int letterAt(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) {
      return isAsciiLetter(c) ? 1 : -1;
    }
    int cp = text.codePointAt(i);
    int length = Character.charCount(cp);
    return Character.isLetter(cp) ? length : -length;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
