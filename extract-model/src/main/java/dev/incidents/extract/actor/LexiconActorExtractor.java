package dev.incidents.extract.actor;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.spi.ActorExtractor;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.EntityMention;
import dev.incidents.core.text.Sentence;
import dev.incidents.extract.internal.EndAnchored;
import dev.incidents.extract.internal.Regex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parties of an article with an {@link ActorLexicon} and gives each mention a role read
 * from its sentence ({@link RoleRules}). One mention per occurrence; a unit next to its parent
 * ("BLA's Majeed Brigade", "its Special Tactical Operations Squad (STOS)") is one mention of the
 * parent with {@link Actor#unit()} set. Works on tokens alone; named entities, when present, only
 * add organisations the lexicon lacks. Stateless and thread-safe.
 */
public final class LexiconActorExtractor implements ActorExtractor {
  /** The name it is registered under. */
  public static final String NAME = "lexicon";

  private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|has\\s+also\\s+)?(?:\\w+ly\\s+|long\\s+|also\\s+)?"
      + "(?:denied|denies|deny|said|says|accused|accuses|blamed|blames|rejected|rejects|condemned|condemns|claimed|claims"
      + "|insisted|insists|maintains|maintained|warned|warns|responded|dismissed|dismisses|announced|confirmed|called|stated|vowed)\\b");
  private static final Pattern CAPITALISED_NAME = Pattern.compile("[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)*");
  private static final EndAnchored METONYM_AFTER_THAT = EndAnchored.compile("(?:that|which)\\s+$");
  private static final Pattern UNIT_GAP = Pattern.compile("^(?:[’']s\\s+|\\s+|,\\s+its\\s+|\\s+and\\s+its\\s+)$");
  private static final Pattern PAREN_OPEN = Pattern.compile("^\\s*\\(\\s*$");
  private static final Pattern PAREN_CLOSE = Pattern.compile("^\\s*\\)");
  private static final Pattern CAPITALISED_BEFORE = Pattern.compile("([A-Z][a-z]+)\\s+$");

  private final ActorLexicon lexicon;
  /** {@link #forcesOf} by the name asked for: a few dozen names, each a walk over the whole lexicon. */
  private final Map<String, Optional<LexiconEntry>> forces = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * An extractor using {@code lexicon}.
   *
   * @param lexicon the actor lexicon
   */
  public LexiconActorExtractor(ActorLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** An extractor using the bundled lexicon. */
  public LexiconActorExtractor() {
    this(ActorLexicon.bundled());
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The lexicon it uses.
   *
   * @return the lexicon
   */
  public ActorLexicon lexicon() {
    return lexicon;
  }

  @Override
  public List<ActorMention> extract(AnalyzedText text) {
    String doc = text.text();
    Map<String, Integer> countryScore = CountryHints.score(doc, lexicon.countries());
    String docCountry = CountryHints.top(countryScore);
    List<ActorMention> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      for (Found f : find(doc, s, countryScore, docCountry, text.entitiesIn(s.index()))) {
        RoleRules.Decision d = RoleRules.decide(s.text(), f.start - s.start(), f.end - s.start(), f.type);
        Actor actor = new Actor(f.name, f.aliases, f.unit, f.type, d.role(), text.span(f.start, f.end));
        out.add(new ActorMention(actor, s.index()));
      }
    }
    return List.copyOf(out);
  }

  /** A found mention before its role is decided. */
  private static final class Found {
    int start;
    int end;
    String name;
    List<String> aliases;
    String unit;
    ActorType type;
    LexiconEntry entry;

    Found(int start, int end, String name, List<String> aliases, String unit, ActorType type, LexiconEntry entry) {
      this.start = start;
      this.end = end;
      this.name = name;
      this.aliases = aliases;
      this.unit = unit;
      this.type = type;
      this.entry = entry;
    }
  }

  private List<Found> find(String doc, Sentence s, Map<String, Integer> countryScore, String docCountry,
      List<EntityMention> entities) {
    List<LexiconMatcher.Match> matches = lexicon.matcher().match(doc, s.start(), s.end(), countryScore);
    List<Found> found = new ArrayList<>();
    Found previous = null;
    for (LexiconMatcher.Match m : matches) {
      LexiconEntry e = m.form().entry();
      if (e.metonym() && CAPITALISED_NAME.matcher(m.form().text()).matches() && !SPEECH_AFTER.matcher(doc.substring(m.end(), Math.min(s.end(), m.end() + 60))).find()
          && !METONYM_AFTER_THAT.find(doc.substring(Math.max(s.start(), m.start() - 12), m.start()))) {
        continue;
      }
      if (previous != null) {
        String gap = doc.substring(previous.end, m.start());
        if (previous.entry == e && previous.entry != null && PAREN_OPEN.matcher(gap).matches()) {
          Matcher close = PAREN_CLOSE.matcher(doc.substring(m.end(), s.end()));
          previous.end = close.lookingAt() ? m.end() + close.end() : m.end();
          if (m.form().unit() != null && previous.unit == null) {
            previous.unit = m.form().unit();
          }
          continue;
        }
        if (previous.entry == e && m.form().unit() != null && UNIT_GAP.matcher(gap).matches()) {
          previous.end = m.end();
          previous.unit = m.form().unit();
          continue;
        }
        if (e.generic() && previous.entry != null && !previous.entry.generic() && gap.isBlank()) {
          continue;
        }
      }
      Found f = new Found(m.start(), m.end(), e.name(), aliasesOf(e), m.form().unit(), e.type(), e);
      if (e.generic()) {
        specialise(f, doc, s, docCountry);
      }
      found.add(f);
      previous = f;
    }
    for (UnknownGroups.Found u : UnknownGroups.find(s.text())) {
      int us = s.start() + u.start();
      int ue = s.start() + u.end();
      if (!overlapsAny(found, us, ue)) {
        found.add(new Found(us, ue, u.name(), List.of(), null, ActorType.ARMED_GROUP, null));
      }
    }
    for (EntityMention em : entities) {
      if ("ORGANIZATION".equals(em.type()) && looksArmed(em.text())
          && !overlapsAny(found, em.start(), em.end())) {
        found.add(new Found(em.start(), em.end(), em.text(), List.of(), null, ActorType.ARMED_GROUP, null));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return found;
  }

  private static boolean overlapsAny(List<Found> found, int start, int end) {
    for (Found f : found) {
      if (f.start < end && start < f.end) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern ARMED_WORD = Pattern.compile(
      "(?i)\\b(?:brigades?|liberation|army|front|resistance|mujahideen|militia|jihad|tigers|commando)\\b");

  private static boolean looksArmed(String name) {
    // as matches(".*\\b(...)\\b.*") did: "." crosses no line end
    return ARMED_WORD.matcher(name).find() && Regex.dotsMatchAll(name);
  }

  /** "Darfur communal militia"; "the army" of the country the article is about. */
  private void specialise(Found f, String doc, Sentence s, String docCountry) {
    if (f.entry.name().equals("Communal militia")) {
      Matcher m = CAPITALISED_BEFORE.matcher(doc.substring(Math.max(s.start(), f.start - 30), f.start));
      if (m.find() && lexicon.countryOf(m.group(1)).isEmpty()) {
        f.start = f.start - (m.end() - m.start());
        f.name = m.group(1) + " Communal Militia";
        f.aliases = List.of();

      }
      return;
    }
    if (docCountry == null || f.type != ActorType.STATE_FORCE) {
      return;
    }
    String prefix = f.entry.name().equals("Police") ? "Police Forces of " : "Military Forces of ";
    Optional<LexiconEntry> forces = forcesOf(prefix + docCountry);
    forces.ifPresent(e -> {
      f.name = e.name();
      f.aliases = aliasesOf(e);
    });
  }

  private Optional<LexiconEntry> forcesOf(String alias) {
    return forces.computeIfAbsent(alias, this::findForces);
  }

  private Optional<LexiconEntry> findForces(String alias) {
    for (LexiconEntry e : lexicon.matcher().entries()) {
      if (e.name().equalsIgnoreCase(alias)
          || (e.type() == ActorType.STATE_FORCE && e.aliases().stream().anyMatch(alias::equalsIgnoreCase))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private List<String> aliasesOf(LexiconEntry e) {
    Optional<LexiconEntry> entry = lexicon.entry(e.name());
    return entry.isPresent() && entry.get().aliases().size() <= 24 ? entry.get().aliases() : List.of();
  }

  static final class CountryHints {
    private CountryHints() {}

    /** One pattern of every country word, per country list (lexicons are long-lived). */
    private static final Map<List<ActorLexicon.Country>, Scanner> SCANNERS =
        java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * The pattern of every country word, the country of each word, and the words by their first
     * character in the pattern's order (null when a word is empty: then the pattern is tried at
     * every position).
     */
    private record Scanner(Pattern pattern, Map<String, String> countryOfWord, Map<Character, String[]> byFirst,
        String[][] asciiFirst) {
      /**
       * The match of {@code \\b(?:word|...)\\b} at {@code at}, as the pattern finds it: the first
       * word in the pattern's order that starts there between two word boundaries; null when none.
       */
      String wordAt(String doc, int at) {
        char c = doc.charAt(at);
        String[] words = c < 128 ? asciiFirst[c] : byFirst.get(c);
        if (words == null) {
          return null;
        }
        boolean boundaryBefore = false;
        for (String w : words) {
          if (doc.startsWith(w, at)) {
            if (!boundaryBefore && !(boundaryBefore = Regex.wordBoundary(doc, at))) {
              return null;
            }
            if (Regex.wordBoundary(doc, at + w.length())) {
              return w;
            }
          }
        }
        return null;
      }
    }

    static Map<String, Integer> score(String doc, List<ActorLexicon.Country> countries) {
      Scanner scanner = SCANNERS.computeIfAbsent(countries, CountryHints::scanner);
      if (scanner.byFirst() == null) {
        return scoreByPattern(doc, countries);
      }
      Map<String, Integer> score = new HashMap<>();
      int n = doc.length();
      // the same matches as find() over the whole text, without trying the pattern's alternatives one by one
      int at = 0;
      while (at < n) {
        String word = scanner.wordAt(doc, at);
        if (word == null) {
          at++;
          continue;
        }
        score.merge(scanner.countryOfWord().get(word), 1, Integer::sum);
        at += word.length();
      }
      return score;
    }

    /** {@link #score} by running the pattern over the text: the slow way, which gives the same counts. */
    static Map<String, Integer> scoreByPattern(String doc, List<ActorLexicon.Country> countries) {
      Scanner scanner = SCANNERS.computeIfAbsent(countries, CountryHints::scanner);
      Map<String, Integer> score = new HashMap<>();
      Matcher m = scanner.pattern().matcher(doc);
      while (m.find()) {
        score.merge(scanner.countryOfWord().get(m.group()), 1, Integer::sum);
      }
      return score;
    }

    private static Scanner scanner(List<ActorLexicon.Country> countries) {
      Map<String, String> countryOfWord = new HashMap<>();
      for (ActorLexicon.Country c : countries) {
        List<String> names = new ArrayList<>();
        names.add(c.name());
        names.addAll(c.demonyms());
        names.addAll(c.otherNames());
        for (String name : names) {
          countryOfWord.putIfAbsent(name, c.name());
        }
      }
      List<String> ordered = countryOfWord.keySet().stream()
          .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x)).toList();
      String alternation = ordered.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
      Pattern pattern = Pattern.compile("\\b(?:" + alternation + ")\\b");
      Map<Character, List<String>> first = new HashMap<>();
      for (String word : ordered) {
        if (word.isEmpty()) {
          return new Scanner(pattern, countryOfWord, null, null);
        }
        first.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
      }
      Map<Character, String[]> byFirst = new HashMap<>();
      String[][] asciiFirst = new String[128][];
      first.forEach((c, words) -> {
        byFirst.put(c, words.toArray(String[]::new));
        if (c < 128) {
          asciiFirst[c] = byFirst.get(c);
        }
      });
      return new Scanner(pattern, countryOfWord, byFirst, asciiFirst);
    }

    /** The country the text is about: named at least twice and more often than any other, or null. */
    static String top(Map<String, Integer> score) {
      String top = null;
      int best = 0;
      boolean tie = false;
      for (Map.Entry<String, Integer> e : score.entrySet()) {
        if (e.getValue() > best) {
          top = e.getKey();
          best = e.getValue();
          tie = false;
        } else if (e.getValue() == best) {
          tie = true;
        }
      }
      return best < 2 || tie ? null : top;
    }
  }
}
