package dev.incidents.extract.date;

import dev.incidents.extract.internal.DataFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The date vocabulary read from {@code date-lexicon.tsv}: immutable, shared by all taggers. */
final class Lexicon {
  /** One entry: a phrase of some kind and its value, optional part of day. */
  record Entry(String kind, String phrase, String value, String timexPart, String timeOfDay) {}

  private static final Set<String> KINDS =
      Set.of("month", "weekday", "partofday", "relday", "anaphor", "number", "hijri");
  private static final String RESOURCE = "date-lexicon.tsv";
  private static final Lexicon DEFAULT = load();

  private final Map<String, Map<String, Entry>> byKind;

  private Lexicon(Map<String, Map<String, Entry>> byKind) {
    this.byKind = byKind;
  }

  static Lexicon standard() {
    return DEFAULT;
  }

  private static Lexicon load() {
    Map<String, Map<String, Entry>> map = new LinkedHashMap<>();
    for (String[] f : DataFiles.read(Lexicon.class, RESOURCE, 3, 5)) {
      if (!KINDS.contains(f[0])) {
        throw new IllegalStateException(RESOURCE + ": unknown kind '" + f[0] + "', known: " + KINDS);
      }
      Entry e = new Entry(f[0], f[1].toLowerCase(Locale.ROOT), f[2],
          f.length == 5 ? f[3] : null, f.length == 5 ? f[4] : null);
      Entry old = map.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).putIfAbsent(e.phrase(), e);
      if (old != null) {
        throw new IllegalStateException(RESOURCE + ": duplicate " + f[0] + " '" + f[1] + "'");
      }
    }
    return new Lexicon(map);
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern FINAL_DOT = java.util.regex.Pattern.compile("\\.$");

  /** The entry of kind {@code kind} for {@code phrase} (any case, inner spaces collapsed), or null. */
  Entry get(String kind, String phrase) {
    String key = FINAL_DOT.matcher(SPACES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
    return byKind.getOrDefault(kind, Map.of()).get(key);
  }

  /** Integer value of an entry; fails if the phrase is unknown. */
  int intValue(String kind, String phrase) {
    Entry e = get(kind, phrase);
    if (e == null) {
      throw new IllegalArgumentException("no " + kind + " '" + phrase + "'");
    }
    return Integer.parseInt(e.value());
  }

  /**
   * A regex alternation of the phrases of a kind, longest first; inner spaces match any
   * whitespace. With {@code capitalised}, each phrase matches only Capitalised or UPPER case;
   * without, in any case, the phrases sharing first words share their pattern ({@link WordTrie}).
   */
  String alternation(String kind, boolean capitalised) {
    List<String> phrases = phrases(kind);
    if (!capitalised) {
      return firstLetterGuard(phrases, false) + WordTrie.of(phrases).regex();
    }
    List<String> out = new ArrayList<>();
    for (String p : phrases) {
      out.add(quote(Character.toUpperCase(p.charAt(0)) + p.substring(1)));
      out.add(quote(p.toUpperCase(Locale.ROOT)));
    }
    return firstLetterGuard(phrases, true) + out.stream().collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The phrases of a kind, longest first. */
  List<String> phrases(String kind) {
    List<String> phrases = new ArrayList<>(byKind.getOrDefault(kind, Map.of()).keySet());
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    return phrases;
  }

  /**
   * The first words of the phrases of a kind as {@link #alternation} with {@code capitalised}
   * matches them: each Capitalised and in UPPER case. A match of that alternation holds one of them.
   */
  List<String> capitalisedFirstWords(String kind) {
    List<String> out = new ArrayList<>();
    for (String p : byKind.getOrDefault(kind, Map.of()).keySet()) {
      String first = p.split(" ")[0];
      out.add(Character.toUpperCase(first.charAt(0)) + first.substring(1));
      out.add(first.toUpperCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * A lookahead on the letters the phrases can start with, so that the alternation is not tried at
   * positions no phrase can match; empty if some phrase does not start with a letter.
   */
  private static String firstLetterGuard(List<String> phrases, boolean capitalised) {
    java.util.TreeSet<Character> first = new java.util.TreeSet<>();
    for (String p : phrases) {
      char c = p.charAt(0);
      if (c > 127 || !Character.isLetter(c)) {
        return "";
      }
      first.add(Character.toUpperCase(c));
      if (!capitalised) {
        first.add(Character.toLowerCase(c));
      }
    }
    StringBuilder b = new StringBuilder("(?=[");
    first.forEach(b::append);
    return b.append("])").toString();
  }

  private static String quote(String phrase) {
    return List.of(phrase.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+"));
  }
}
