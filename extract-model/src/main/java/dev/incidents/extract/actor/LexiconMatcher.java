package dev.incidents.extract.actor;

import dev.incidents.extract.internal.WordHashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds lexicon names in text, leftmost-longest, on word boundaries. Names made of capitals (an
 * acronym of at most six characters with two or more capitals: "BLA", "IS", "LeT") match
 * case-sensitively, all others case-insensitively; spaces and hyphens match each other, and so do
 * the apostrophes; a one-word proper name must be capitalised in the text. A name shared by several entries ("ADF") goes to the entry whose country the
 * text names most.
 */
final class LexiconMatcher {
  private final List<LexiconEntry> entries;
  /** The forms by their lower-cased first word, split by {@link Form#next}: see {@link FirstWord}. */
  private final Map<String, FirstWord> firstWords = new HashMap<>();
  /** The first words' hash codes: most words of a text are in none. */
  private final WordHashes firstWordHashes = new WordHashes();

  /** A name of an entry (or of one of its units). */
  record Form(String text, LexiconEntry entry, String unit, boolean caseSensitive, boolean capitalised, char next) {
    Form(String text, LexiconEntry entry, String unit, boolean caseSensitive) {
      this(text, entry, unit, caseSensitive, capitalised(text, entry, caseSensitive), next(text));
    }

    /**
     * The lower-cased character after the first word and the one separator that follows it: the
     * text must have it after its own separators. {@link #ONE_WORD} or {@link #ANY} when there is
     * no such character to ask for.
     */
    private static char next(String text) {
      int i = 0;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i == text.length()) {
        return ONE_WORD;
      }
      char sep = text.charAt(i);
      if (i == 0 || !(sep == ' ' || sep == '-' || sep == '\u2013') || i + 1 >= text.length()) {
        return ANY;
      }
      char c = text.charAt(i + 1);
      return c == ' ' || c == '-' || c == '\u2013' || apostrophe(c) ? ANY : Character.toLowerCase(c);
    }

    /** A one-word proper name ("Levies", "Hamas"): matched only when capitalised in the text. */
    private static boolean capitalised(String text, LexiconEntry entry, boolean caseSensitive) {
      if (entry.generic() || caseSensitive || !Character.isUpperCase(text.charAt(0))) {
        return false;
      }
      for (int k = 0; k < text.length(); k++) {
        if (Character.isWhitespace(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@link Form#next} of a one-word name. */
  static final char ONE_WORD = '\u0000';
  /** {@link Form#next} of a name whose next character cannot be asked for. */
  static final char ANY = '\uFFFF';
  /** What the text has after a word when no separator follows it. */
  private static final char NO_NEXT = '\uFFFE';

  /** A match: {@code candidates} are the entries sharing the name, best first. */
  record Match(int start, int end, Form form, List<Form> candidates) {}

  LexiconMatcher(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, Form> seen = new LinkedHashMap<>();
    Map<String, List<Form>> byFirstWord = new HashMap<>();
    for (LexiconEntry e : entries) {
      add(seen, byFirstWord, e.name(), e, null);
      e.aliases().forEach(a -> add(seen, byFirstWord, a, e, null));
      e.units().forEach(u -> add(seen, byFirstWord, u, e, u));
    }
    byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> -f.text().length())));
    byFirstWord.forEach((word, forms) -> firstWords.put(word, FirstWord.of(forms)));
    byFirstWord.keySet().forEach(firstWordHashes::add);
  }

  /**
   * The forms of one first word as the text's next character selects them: for each character
   * some form asks for, the forms that ask for it or for none ({@link #ONE_WORD}, {@link #ANY}), in
   * the order of all the forms; for any other character, those that ask for none. A name like
   * "Pakistan" or "Military" begins hundreds of forms ("Military Forces of …"), which the matcher
   * would otherwise walk at each mention.
   */
  private record FirstWord(List<Form> all, char[] next, List<List<Form>> byNext, List<Form> general) {
    static FirstWord of(List<Form> all) {
      List<Form> general = all.stream().filter(f -> f.next() == ONE_WORD || f.next() == ANY).toList();
      char[] next = all.stream().filter(f -> f.next() != ONE_WORD && f.next() != ANY).map(Form::next).distinct()
          .map(String::valueOf).collect(java.util.stream.Collectors.joining()).toCharArray();
      List<List<Form>> byNext = new ArrayList<>();
      for (char c : next) {
        byNext.add(all.stream().filter(f -> f.next() == ONE_WORD || f.next() == ANY || f.next() == c).toList());
      }
      return new FirstWord(List.copyOf(all), next, List.copyOf(byNext), general);
    }

    /** The forms that may follow the first word when the text's next character is {@code c}. */
    List<Form> formsBefore(char c) {
      for (int k = 0; k < next.length; k++) {
        if (next[k] == c) {
          return byNext.get(k);
        }
      }
      return general;
    }
  }

  List<LexiconEntry> entries() {
    return entries;
  }

  private static void add(Map<String, Form> seen, Map<String, List<Form>> byFirstWord, String text, LexiconEntry e,
      String unit) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    String key = e.name() + "\u0000" + t.toLowerCase(Locale.ROOT);
    if (seen.containsKey(key)) {
      return;
    }
    Form f = new Form(t, e, unit, caseSensitive(t));
    seen.put(key, f);
    byFirstWord.computeIfAbsent(firstWord(t), k -> new ArrayList<>()).add(f);
  }

  static boolean caseSensitive(String t) {
    if (t.length() > 6 || t.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    return t.chars().filter(Character::isUpperCase).count() >= 2;
  }

  private static String firstWord(String t) {
    int i = 0;
    while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
      i++;
    }
    return t.substring(0, Math.max(i, Math.min(1, t.length()))).toLowerCase(Locale.ROOT);
  }

  /**
   * The matches in {@code text[from, to)}, left to right, not overlapping.
   *
   * @param countryScore how often the document names each country, to settle shared names
   */
  List<Match> match(String text, int from, int to, Map<String, Integer> countryScore) {
    List<Match> out = new ArrayList<>();
    // whether the sentence is mostly capitals, read only when a short acronym is tried: 0 unknown, 1 no, 2 yes
    int shouting = 0;
    int i = from;
    while (i < to) {
      if (!wordStart(text, i)) {
        i++;
        continue;
      }
      int w = i;
      while (w < to && letterOrDigit(text.charAt(w))) {
        w++;
      }
      if (firstWordHashes.surelyAbsent(text, i, w)) { // surely no name's first word
        i = w;
        continue;
      }
      String key = text.substring(i, Math.max(w, i + 1)).toLowerCase(Locale.ROOT);
      FirstWord first = firstWords.get(key);
      if (first == null) {
        i = Math.max(w, i + 1);
        continue;
      }
      char next = NO_NEXT;
      if (w < to && separator(text.charAt(w))) {
        int a = w;
        while (a < to && separator(text.charAt(a))) {
          a++;
        }
        next = a < to ? Character.toLowerCase(text.charAt(a)) : NO_NEXT;
      }
      Match best = null;
      // a form that matches here has the text's next character after its first word: only these can
      List<Form> forms = first.formsBefore(next);
      for (Form f : forms) {
        if (f.caseSensitive() && f.text().length() <= 3) {
          if (shouting == 0) {
            shouting = mostlyUpperCase(text, from, to) ? 2 : 1;
          }
          if (shouting == 2) {
            continue;
          }
        }
        if (f.capitalised() && !Character.isUpperCase(text.charAt(i))) {
          continue;
        }
        int end = regionEnd(text, i, to, f.text(), !f.caseSensitive());
        if (end > 0 && (best == null || end > best.end())) {
          best = new Match(i, end, f, List.of(f));
        }
      }
      if (best == null) {
        i = Math.max(w, i + 1);
        continue;
      }
      out.add(resolve(best, forms, text, countryScore));
      i = best.end();
    }
    return out;
  }

  private Match resolve(Match m, List<Form> forms, String text, Map<String, Integer> countryScore) {
    String surface = text.substring(m.start(), m.end());
    List<Form> same = new ArrayList<>();
    for (Form f : forms) {
      if (regionEnd(text, m.start(), m.end(), f.text(), !f.caseSensitive()) == m.end()) {
        same.add(f);
      }
    }
    if (same.size() <= 1) {
      return m;
    }
    same.sort(Comparator.comparingInt((Form f) -> -countryScore.getOrDefault(
        f.entry().country() == null ? "" : f.entry().country(), 0)));
    assert !surface.isEmpty();
    return new Match(m.start(), m.end(), same.get(0), List.copyOf(same));
  }

  private static boolean wordStart(String text, int i) {
    return letterOrDigit(text.charAt(i)) && (i == 0 || !letterOrDigit(text.charAt(i - 1)));
  }

  /** {@link Character#isLetterOrDigit(char)}, read from a table for ASCII. */
  private static boolean letterOrDigit(char c) {
    return c < 0x80 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean mostlyUpperCase(String text, int from, int to) {
    int upper = 0;
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
        letters++;
        if (c < 0x80 ? c <= 'Z' : Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 20 && upper > letters * 0.6;
  }

  /** End of {@code form} matched at {@code text[start..]}, or -1. */
  static int regionEnd(String text, int start, int limit, String form, boolean ignoreCase) {
    int j = start;
    for (int i = 0; i < form.length(); i++) {
      char f = form.charAt(i);
      if (f == ' ' || f == '-' || f == '\u2013') {
        if (j >= limit || !separator(text.charAt(j))) {
          return -1;
        }
        while (j < limit && separator(text.charAt(j))) {
          j++;
        }
        continue;
      }
      if (j >= limit) {
        return -1;
      }
      char t = text.charAt(j);
      if (apostrophe(f) && apostrophe(t)) {
        j++;
        continue;
      }
      if (f != t && !(ignoreCase && sameIgnoringCase(f, t))) {
        return -1;
      }
      j++;
    }
    if (j < limit && letterOrDigit(text.charAt(j))) {
      return -1;
    }
    return j;
  }

  /** {@code Character.toLowerCase(f) == Character.toLowerCase(t)}, without the look-up for two ASCII characters. */
  private static boolean sameIgnoringCase(char f, char t) {
    if ((f | t) < 0x80) {
      return (f | 0x20) == (t | 0x20) && (f | 0x20) >= 'a' && (f | 0x20) <= 'z';
    }
    return Character.toLowerCase(f) == Character.toLowerCase(t);
  }

  private static boolean separator(char c) {
    return c == ' ' || c == '-' || c == '\u2013' || c == '\u2010' || c == '\u00a0' || c == '\n';
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }
}
