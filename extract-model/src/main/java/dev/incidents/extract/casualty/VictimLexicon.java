package dev.incidents.extract.casualty;

import dev.incidents.core.model.VictimGroup;
import dev.incidents.extract.internal.DataFiles;
import dev.incidents.extract.internal.Regex;
import dev.incidents.extract.internal.WordHashes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that name victims ({@code victims.tsv}), the modifiers that decide a generic head's
 * group ({@code victim-modifiers.tsv}) and the ranks and titles stripped from names
 * ({@code titles.tsv}).
 */
final class VictimLexicon {
  /** The character types of {@code \p{L}} and {@code \p{N}}, as bits: what words ({@link #wordEnd}) are made of. */
  private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Heads whose group a modifier may override. */
  private static final Set<String> GENERIC = Set.of("people", "persons", "person", "men", "man", "women", "woman",
      "individuals", "individual", "members", "member", "officers", "officer", "personnel", "victims", "victim",
      "others", "officials", "official", "workers", "worker", "guards", "guard", "fighters", "fighter");
  /** Words that can never stand between a count and its head noun. */
  private static final Set<String> NOT_MODIFIER = Set.of("and", "or", "of", "in", "on", "at", "by", "from", "with",
      "to", "for", "were", "was", "are", "is", "be", "been", "had", "have", "has", "who", "which", "that", "the",
      "a", "an", "killed", "dead", "died", "injured", "wounded", "hurt", "including", "among", "during", "after",
      "before", "when", "while", "as", "into", "near", "other", "than", "but", "this", "these", "those", "their",
      "its", "his", "her", "they", "it", "separate", "attacks", "districts", "locations", "times", "days", "hours");
  private static final Set<String> OF_WHOM = Set.of("the", "these", "those", "them");
  private static final Set<String> FAMILY = Set.of("men", "women", "children", "boys", "girls", "man", "woman",
      "child", "boy", "girl", "infants", "infant", "elderly", "minors", "toddler");

  private final Map<String, Head> heads = new HashMap<>();
  /**
   * For each word that begins a head, the most words of the heads it begins: a lookup at a word
   * tries no longer phrase than that, and none at a word that begins no head.
   */
  private final Map<String, Integer> headLengths = new HashMap<>();
  /** The hash codes of the words that begin a head ({@link #surelyNoHead}). */
  private final WordHashes headStartHashes = new WordHashes();
  private final Map<String, VictimGroup> modifiers = new HashMap<>();
  private final Map<String, VictimGroup> titles = new HashMap<>();
  private final int longestTitle;

  /** A head noun. */
  record Head(VictimGroup group, boolean singular) {}

  /**
   * Victims found after a count.
   *
   * @param group their group
   * @param start offset of the first modifier or of the head
   * @param end offset just past the head
   * @param singular whether the head is singular
   * @param family whether the head is a family word (men, women, children)
   */
  record Victims(VictimGroup group, int start, int end, boolean singular, boolean family) {}

  VictimLexicon() {
    for (String[] row : DataFiles.read(VictimLexicon.class, "victims.tsv", 3)) {
      String p = row[0].trim().toLowerCase(Locale.ROOT);
      heads.put(p, new Head(VictimGroup.valueOf(row[1].trim()), row[2].trim().equals("SG")));
      String[] words = p.split(" ");
      headLengths.merge(words[0], words.length, Math::max);
      headStartHashes.add(words[0]);
    }
    for (String[] row : DataFiles.read(VictimLexicon.class, "victim-modifiers.tsv", 2)) {
      modifiers.put(row[0].trim().toLowerCase(Locale.ROOT), VictimGroup.valueOf(row[1].trim()));
    }
    int longest = 1;
    for (String[] row : DataFiles.read(VictimLexicon.class, "titles.tsv", 2)) {
      String t = row[0].trim();
      titles.put(t, VictimGroup.valueOf(row[1].trim()));
      longest = Math.max(longest, t.split(" ").length);
    }
    longestTitle = longest;
  }

  /**
   * The victims named right after offset {@code from} of {@code s}: up to three modifiers and a
   * head ("Pakistani security personnel", "of the attackers"), or null.
   */
  Victims after(String s, int from, int maxModifiers) {
    return surelyNoHead(s, from, maxModifiers) ? null : lookUp(s, from, maxModifiers);
  }

  /** {@link #after} without the quick test first. */
  Victims lookUp(String s, int from, int maxModifiers) {
    List<int[]> words = words(s, from, 6);
    Lowered low = new Lowered(s, words);
    int i = 0;
    if (!words.isEmpty() && low.get(0).equals("of")) {
      i++;
      if (words.size() > 1 && OF_WHOM.contains(low.get(1))) {
        i++;
      }
    }
    int first = i;
    for (int k = first; k < words.size() && k <= first + maxModifiers; k++) {
      for (int n = Math.min(longestHeadFrom(low.get(k)), words.size() - k); n >= 1; n--) {
        String key = join(low, k, k + n);
        Head h = heads.get(key);
        if (h != null) {
          int more = k + n < words.size() ? longestHeadAt(low, k + n) : 0;
          if (more > 0) {
            n += more;
            h = heads.get(join(low, k + n - more, k + n));
            key = join(low, k, k + n);
          }
          VictimGroup g = h.group();
          String headWord = low.get(k + n - 1);
          if (GENERIC.contains(headWord) || GENERIC.contains(key)) {
            for (int j = k + n - 2; j >= first; j--) {
              VictimGroup mg = modifiers.get(low.get(j));
              if (mg != null) {
                g = mg;
                break;
              }
            }
          }
          int start = words.get(first)[0];
          return new Victims(g, start, words.get(k + n - 1)[1], h.singular(), FAMILY.contains(key));
        }
      }
      String w = low.get(k);
      if (NOT_MODIFIER.contains(w) || Character.isDigit(w.charAt(0)) && !w.contains("-")) {
        return null;
      }
    }
    return null;
  }

  private int longestHeadAt(Lowered low, int k) {
    for (int n = Math.min(longestHeadFrom(low.get(k)), low.size() - k); n >= 1; n--) {
      if (heads.containsKey(join(low, k, k + n))) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Whether {@link #after} surely finds no head, read without making a string: a head begins at one
   * of the words it may read (an "of" and an "of whom" word, then up to {@code maxModifiers}
   * modifiers and the head's first word, six words at most), and none of those, lower-cased
   * without a final "'s", has a hash code among the head words'. A word with a character
   * outside ASCII is not ruled out.
   */
  boolean surelyNoHead(String s, int from, int maxModifiers) {
    int pos = from;
    for (int k = 0; k < Math.min(6, 3 + maxModifiers); k++) {
      int start = skipWhitespace(s, pos);
      int end = wordEnd(s, start);
      if (end < 0) {
        return true;
      }
      char last = s.charAt(end - 1);
      int stop = end - start > 2 && (last == 's' || last == 'S') && apostrophe(s.charAt(end - 2)) ? end - 2 : end;
      if (!headStartHashes.surelyAbsent(s, start, stop)) {
        return false;
      }
      pos = end;
    }
    return true;
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** The most words of a head that begins with {@code word}; 0 when none does. */
  private int longestHeadFrom(String word) {
    return headLengths.getOrDefault(word, 0);
  }

  /** The group a phrase's victim words point to, or UNKNOWN ("a senior officer in the Pakistan Army"). */
  VictimGroup classify(String phrase) {
    List<int[]> words = new ArrayList<>();
    for (int at = 0; at < phrase.length(); at++) {
      int end = wordEnd(phrase, at);
      if (end > 0) {
        words.add(new int[] {at, end});
        at = end - 1;
      }
    }
    Lowered low = new Lowered(phrase, words);
    for (int k = 0; k < low.size(); k++) {
      for (int n = Math.min(longestHeadFrom(low.get(k)), low.size() - k); n >= 1; n--) {
        Head h = heads.get(join(low, k, k + n));
        if (h != null && h.group() != VictimGroup.UNKNOWN) {
          return h.group();
        }
      }
    }
    for (int k = 0; k < low.size(); k++) {
      String w = low.get(k);
      VictimGroup g = modifiers.get(w);
      if (g != null) {
        return g;
      }
    }
    return VictimGroup.UNKNOWN;
  }

  /**
   * A title at the start of {@code s} ("Special Operations Commander"), as its length in
   * characters and the group it implies, or null.
   */
  Map.Entry<Integer, VictimGroup> titleAt(String s) {
    List<int[]> words = wordsRaw(s, 0, longestTitle);
    for (int n = words.size(); n >= 1; n--) {
      String t = s.substring(words.get(0)[0], words.get(n - 1)[1]);
      VictimGroup g = titles.get(SPACES.matcher(t).replaceAll(" "));
      if (g != null && words.get(0)[0] == 0) {
        return Map.entry(words.get(n - 1)[1], g);
      }
    }
    return null;
  }

  /** Each word lower-cased, without a possessive "'s". */
  /**
   * Words of a text lower-cased, without a possessive "'s", each made when first read: most look-ups
   * stop at the first or second of the six words found (the words after every "the" and "a").
   */
  private static final class Lowered {
    private final String text;
    private final List<int[]> words;
    private final String[] low;

    Lowered(String text, List<int[]> words) {
      this.text = text;
      this.words = words;
      this.low = new String[words.size()];
    }

    int size() {
      return low.length;
    }

    String get(int k) {
      String x = low[k];
      if (x == null) {
        int[] w = words.get(k);
        x = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        low[k] = x = x.endsWith("'s") || x.endsWith("’s") ? x.substring(0, x.length() - 2) : x;
      }
      return x;
    }
  }

  /** Words {@code [from, to)} joined by single spaces. */
  private static String join(Lowered low, int from, int to) {
    if (to - from == 1) {
      return low.get(from);
    }
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(low.get(k));
    }
    return b.toString();
  }

  /** Up to {@code max} words ({@link #wordEnd}) from {@code from}, separated by white space only. */
  static List<int[]> words(String s, int from, int max) {
    List<int[]> out = new ArrayList<>();
    int pos = from;
    while (out.size() < max) {
      int start = skipWhitespace(s, pos);
      int end = wordEnd(s, start);
      if (end < 0) {
        break;
      }
      out.add(new int[] {start, end});
      pos = end;
    }
    return out;
  }

  /**
   * Up to {@code max} runs of non-space characters ({@code \\S+}) from {@code from}, after white
   * space only: words with their trailing dots kept (for titles such as "Maj.").
   */
  private static List<int[]> wordsRaw(String s, int from, int max) {
    List<int[]> out = new ArrayList<>();
    int n = s.length();
    int pos = from;
    while (out.size() < max) {
      // the white space skipped may hold characters that \\S takes (a line separator): a run starts there
      int blankEnd = skipWhitespace(s, pos);
      int start = pos;
      while (start < blankEnd && Regex.isSpace(s.charAt(start))) {
        start++;
      }
      if (start >= n) {
        break;
      }
      int end = start;
      while (end < n && !Regex.isSpace(s.charAt(end))) {
        end++;
      }
      out.add(new int[] {start, end});
      pos = end;
    }
    return out;
  }

  /** The first offset from {@code pos} that is not white space ({@link Character#isWhitespace}). */
  private static int skipWhitespace(String s, int pos) {
    int n = s.length();
    while (pos < n && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  /**
   * The end of the word that starts at {@code at}, or -1 when none does: a letter or digit, then
   * letters, digits, apostrophes, dots and hyphens up to the last letter or digit. The same words
   * as the pattern {@code [\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]}, without a
   * matcher per lookup.
   */
  static int wordEnd(String s, int at) {
    int n = s.length();
    if (at >= n || !isLetterOrNumber(s.codePointAt(at))) {
      return -1;
    }
    int end = at + Character.charCount(s.codePointAt(at));
    int k = end;
    while (k < n) {
      int c = s.codePointAt(k);
      if (isLetterOrNumber(c)) {
        k += Character.charCount(c);
        end = k;
      } else if (c == '\'' || c == '’' || c == '.' || c == '-') {
        k++;
      } else {
        break;
      }
    }
    return end;
  }

  /** Whether {@code c} is in {@code \\p{L}} or {@code \\p{N}}, tested as the regex engine does. */
  private static boolean isLetterOrNumber(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return (LETTER_OR_NUMBER >> Character.getType(c) & 1) != 0;
  }
}
