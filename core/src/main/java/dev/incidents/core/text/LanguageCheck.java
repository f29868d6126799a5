package dev.incidents.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_WORDS = 12;

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
      if (Character.isLetter(c)) {
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
    Matcher m = WORD.matcher(text);
    int words = 0;
    int function = 0;
    int other = 0;
    while (m.find() && words < 2000) {
      words++;
      String w = m.group().toLowerCase(Locale.ROOT);
      if (FUNCTION_WORDS.contains(w)) {
        function++;
      } else if (OTHER_FUNCTION_WORDS.contains(w)) {
        other++;
      }
    }
    if (words < MIN_WORDS) {
      return true;
    }
    return other < 3 || other <= function;
  }
}
