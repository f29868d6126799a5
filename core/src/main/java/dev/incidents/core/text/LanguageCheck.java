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
  private static final int NONE = 0;
  private static final int ENGLISH = 1;
  private static final int OTHER = 2;
  /**
   * Every function word by the hash code of its lower-cased form, open addressing: an ASCII word
   * of the text is looked up without a string of its own.
   */
  private static final String[] BY_HASH = new String[256];
  private static final int[] KIND_BY_HASH = new int[256];

  static {
    FUNCTION_WORDS.forEach(w -> put(w, ENGLISH));
    OTHER_FUNCTION_WORDS.forEach(w -> put(w, OTHER));
  }

  private static void put(String word, int kind) {
    int slot = slot(word.hashCode());
    while (BY_HASH[slot] != null) {
      slot = (slot + 1) & (BY_HASH.length - 1);
    }
    BY_HASH[slot] = word;
    KIND_BY_HASH[slot] = kind;
  }

  private static int slot(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (BY_HASH.length - 1);
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
    // one pass: letters (a supplementary letter counts as none), then the first 2,000 words
    int letters = 0;
    int latin = 0;
    int words = 0;
    int function = 0;
    int other = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int step = letterAt(text, i);
      if (step < 0) {
        i -= step;
        continue;
      }
      int start = i;
      while (i < n && (step = letterAt(text, i)) > 0) {
        if (step == 1) {
          char c = text.charAt(i);
          letters++;
          if (c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            latin++;
          }
        }
        i += step;
      }
      if (words < 2000) {
        words++;
        // no function word is longer than LONGEST: longer words need no look-up
        if (i - start <= LONGEST) {
          int kind = kind(text, start, i);
          function += kind == ENGLISH ? 1 : 0;
          other += kind == OTHER ? 1 : 0;
        }
      }
    }
    if (letters == 0) {
      return true;
    }
    if (latin * 2 < letters) {
      return false;
    }
    if (words < MIN_WORDS) {
      return true;
    }
    return other < 3 || other <= function;
  }

  /**
   * Whether {@code text[from, to)} lower-cased is an English function word, another language's or
   * neither. An ASCII word is found by the hash code of its lower-cased form and compared in place.
   */
  private static int kind(String text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        String w = text.substring(from, to).toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(w) ? ENGLISH : OTHER_FUNCTION_WORDS.contains(w) ? OTHER : NONE;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    for (int slot = slot(h); BY_HASH[slot] != null; slot = (slot + 1) & (BY_HASH.length - 1)) {
      if (sameLowerCase(BY_HASH[slot], text, from, to)) {
        return KIND_BY_HASH[slot];
      }
    }
    return NONE;
  }

  /** Whether ASCII {@code text[from, to)} lower-cased is {@code word}. */
  private static boolean sameLowerCase(String word, String text, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != word.charAt(k - from)) {
        return false;
      }
    }
    return true;
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
