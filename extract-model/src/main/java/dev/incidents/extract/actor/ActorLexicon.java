package dev.incidents.extract.actor;

import dev.incidents.extract.internal.DataFiles;
import dev.incidents.core.model.ActorType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parties the actor extractor knows: armed groups, state forces, governments and the generic
 * kinds of party ("gunmen"). Immutable and thread-safe. Users extend the bundled lexicon with
 * {@link #plus(List)} and hand it to the providers through
 * {@code resources.put(ActorLexicon.class, lexicon)}.
 *
 * <p>Besides its entries the lexicon reads "&lt;demonym&gt; forces", "&lt;country&gt;'s military" and the
 * like as the state forces of that country, attached to the entry that lists the alias
 * "Military Forces of &lt;country&gt;" (or "Police Forces of &lt;country&gt;") when there is one.
 */
public final class ActorLexicon {
  private static final String RESOURCE = "/dev/incidents/extract/actor/actors.tsv";
  private static final String COUNTRIES = "/dev/incidents/extract/actor/countries.tsv";
  private static final List<String> MILITARY_NOUNS = List.of("forces", "army", "military", "troops",
      "soldiers", "security forces", "armed forces", "military forces", "air force", "warplanes",
      "fighter jets", "jets", "navy", "gunboats", "drones", "artillery", "border guards",
      "border guard", "government forces", "special forces", "marines", "gendarmes");
  private static final List<String> POLICE_NOUNS = List.of("police", "police forces", "policemen",
      "police officers", "gendarmerie");
  private static final java.util.regex.Pattern CAPITALISED_WORDS =
      java.util.regex.Pattern.compile("[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)*");
  private static volatile ActorLexicon bundled;

  private final List<LexiconEntry> entries;
  private final List<Country> countries;
  private final LexiconMatcher matcher;
  /** Every entry by its lower-cased name: the lexicon's own first, then the country forces. */
  private final Map<String, LexiconEntry> byName = new java.util.HashMap<>();
  /** The lexicon's own entries by lower-cased name. */
  private final Map<String, LexiconEntry> ownByName = new java.util.HashMap<>();
  /** Each country's name and demonyms ({@link #caseless}), for the first country that has it. */
  private final Map<String, String> countryByWord = new java.util.HashMap<>();
  /** The aliases of metonym entries with a country ({@link #caseless}), for the first such entry. */
  private final Map<String, String> countryByMetonym = new java.util.HashMap<>();

  private ActorLexicon(List<LexiconEntry> entries, List<Country> countries) {
    this.entries = List.copyOf(entries);
    this.countries = List.copyOf(countries);
    Map<String, LexiconEntry> byName = new LinkedHashMap<>();
    for (LexiconEntry e : entries) {
      LexiconEntry old = byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
      if (old != null) {
        throw new IllegalArgumentException("two lexicon entries are named '" + e.name() + "'");
      }
    }
    this.matcher = new LexiconMatcher(withCountryForces(this.entries, this.countries));
    this.byName.putAll(byName);
    this.ownByName.putAll(byName);
    matcher.entries().forEach(e -> this.byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e));
    for (Country c : this.countries) {
      countryByWord.putIfAbsent(caseless(c.name()), c.name());
      c.demonyms().forEach(d -> countryByWord.putIfAbsent(caseless(d), c.name()));
    }
    for (LexiconEntry e : this.entries) {
      if (e.metonym() && e.country() != null) {
        e.aliases().forEach(a -> countryByMetonym.putIfAbsent(caseless(a), e.country()));
      }
    }
  }

  /**
   * A key under which two words are equal when {@link String#equalsIgnoreCase} says they are:
   * each character upper-cased, then lower-cased, as that comparison does.
   */
  static String caseless(String word) {
    char[] out = new char[word.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(word.charAt(i)));
    }
    return new String(out);
  }

  /**
   * The lexicon shipped with the library (loaded once).
   *
   * @return the bundled lexicon
   */
  public static ActorLexicon bundled() {
    ActorLexicon b = bundled;
    if (b == null) {
      synchronized (ActorLexicon.class) {
        b = bundled;
        if (b == null) {
          b = new ActorLexicon(readEntries(RESOURCE), readCountries(COUNTRIES));
          bundled = b;
        }
      }
    }
    return b;
  }

  /**
   * A lexicon of exactly these entries (with the bundled country table).
   *
   * @param entries the entries
   * @return the lexicon
   */
  public static ActorLexicon of(List<LexiconEntry> entries) {
    return new ActorLexicon(entries, bundled().countries);
  }

  /**
   * This lexicon with {@code more} entries; an entry named like an existing one replaces it.
   *
   * @param more the entries to add
   * @return the extended lexicon
   */
  public ActorLexicon plus(List<LexiconEntry> more) {
    Map<String, LexiconEntry> byName = new LinkedHashMap<>();
    for (LexiconEntry e : entries) {
      byName.put(e.name().toLowerCase(Locale.ROOT), e);
    }
    for (LexiconEntry e : more) {
      byName.put(e.name().toLowerCase(Locale.ROOT), e);
    }
    return new ActorLexicon(new ArrayList<>(byName.values()), countries);
  }

  /**
   * The entries, in file order.
   *
   * @return the entries
   */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /**
   * Number of entries.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }

  /**
   * The entry with this canonical name (case-insensitive).
   *
   * @param name the canonical name
   * @return the entry, or empty
   */
  public Optional<LexiconEntry> entry(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The country a word names: a country ("India"), its demonym ("Indian"), or a capital standing
   * for its government ("New Delhi").
   *
   * @param word the word
   * @return the country's name, or empty
   */
  public Optional<String> countryOf(String word) {
    String w = word.strip();
    String key = caseless(w);
    String country = countryByWord.get(key);
    if (country != null) {
      return Optional.of(country);
    }
    return CAPITALISED_WORDS.matcher(w).matches() ? Optional.ofNullable(countryByMetonym.get(key)) : Optional.empty();
  }

  /**
   * Whether {@code name} is the canonical name of a generic kind of party ("Gunmen").
   *
   * @param name the canonical name
   * @return true for a generic party
   */
  public boolean isGeneric(String name) {
    LexiconEntry e = ownByName.get(name.toLowerCase(Locale.ROOT));
    return e != null && e.generic();
  }

  /**
   * Whether {@code name} is the canonical name of a generic word saying the party is not known.
   *
   * @param name the canonical name
   * @return true for an unknown party
   */
  public boolean isUnknown(String name) {
    LexiconEntry e = ownByName.get(name.toLowerCase(Locale.ROOT));
    return e != null && e.unknown();
  }

  List<Country> countries() {
    return countries;
  }

  LexiconMatcher matcher() {
    return matcher;
  }

  private static List<LexiconEntry> withCountryForces(List<LexiconEntry> entries, List<Country> countries) {
    List<LexiconEntry> all = new ArrayList<>(entries);
    for (Country c : countries) {
      all.set(indexOrAdd(all, c, "Military Forces of "), forcesEntry(all, c, "Military Forces of ", MILITARY_NOUNS));
      all.set(indexOrAdd(all, c, "Police Forces of "), forcesEntry(all, c, "Police Forces of ", POLICE_NOUNS));
    }
    return all;
  }

  private static int indexOrAdd(List<LexiconEntry> all, Country c, String prefix) {
    String alias = prefix + c.name();
    for (int i = 0; i < all.size(); i++) {
      LexiconEntry e = all.get(i);
      if (e.name().equalsIgnoreCase(alias) || e.aliases().stream().anyMatch(alias::equalsIgnoreCase)) {
        return i;
      }
    }
    all.add(new LexiconEntry(alias, ActorType.STATE_FORCE, c.name(), List.of(), List.of(), false, false, false));
    return all.size() - 1;
  }

  private static LexiconEntry forcesEntry(List<LexiconEntry> all, Country c, String prefix, List<String> nouns) {
    LexiconEntry e = all.get(indexOrAdd(all, c, prefix));
    List<String> aliases = new ArrayList<>(e.aliases());
    for (String noun : nouns) {
      for (String d : c.demonyms()) {
        aliases.add(d + " " + noun);
      }
      aliases.add(c.name() + "'s " + noun);
    }
    aliases.add(c.name() + " army");
    return new LexiconEntry(e.name(), e.type(), e.country(), aliases, e.units(), e.generic(), e.unknown(), e.metonym());
  }

  private static List<LexiconEntry> readEntries(String resource) {
    List<LexiconEntry> out = new ArrayList<>();
    for (String[] f : readTsv(resource, 6)) {
      List<String> flags = list(f[5]);
      for (String flag : flags) {
        if (!List.of("generic", "unknown", "metonym").contains(flag)) {
          throw new IllegalStateException("unknown flag '" + flag + "' in " + resource + " for " + f[0]);
        }
      }
      out.add(new LexiconEntry(f[0], ActorType.valueOf(f[1]), f[2], list(f[3]), list(f[4]),
          flags.contains("generic"), flags.contains("unknown"), flags.contains("metonym")));
    }
    return out;
  }

  private static List<Country> readCountries(String resource) {
    List<Country> out = new ArrayList<>();
    for (String[] f : readTsv(resource, 3)) {
      out.add(new Country(f[0], list(f[1]), list(f[2])));
    }
    return out;
  }

  private static List<String> list(String field) {
    if (field.isBlank() || field.equals("-")) {
      return List.of();
    }
    return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String[]> readTsv(String resource, int columns) {
    return DataFiles.read(ActorLexicon.class, resource, columns);
  }

  /** A country with its demonyms and other names (regions, cities) that point to it. */
  record Country(String name, List<String> demonyms, List<String> otherNames) {}
}
