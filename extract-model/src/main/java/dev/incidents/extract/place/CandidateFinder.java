package dev.incidents.extract.place;

import dev.incidents.core.model.PlaceType;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.EntityMention;
import dev.incidents.core.text.Sentence;
import dev.incidents.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the words of an article that may name places: capitalised token n-grams the gazetteer
 * knows, NER LOCATION mentions, unknown names inside a chain of places ("in Kalembe (Beni, Nord-Kivu)"),
 * and sub-places ("Sarband area of Mach", "Quetta's Zarghoon Road"). Also collects country evidence
 * from demonyms and organisation names ("Pakistan Army"), which never become places.
 */
final class CandidateFinder {
  private static final int MAX_WORDS = 6;
  private static final Set<String> CONNECTORS = Set.of(
      "de", "del", "la", "las", "los", "el", "al", "ez", "es", "du", "des", "da", "do", "dos", "di", "of", "the",
      "and", "y", "-", "sur", "am", "an", "upon", "on");
  /** words that are no place alone yet often begin one: "Ibn Badis", "Wadi Bardi", "San Clemente" */
  private static final Set<String> NAME_START = Set.of(
      "wadi", "ain", "ibn", "bin", "abu", "san", "santa", "new", "old", "upper", "lower", "mount", "lake");
  private static final Set<String> LOCATIVE = Set.of(
      "in", "near", "at", "outside", "around", "from", "to", "toward", "towards", "into", "between", "village",
      "town", "of");

  private final Gazetteer gazetteer;
  private final PlaceWords words;

  /** the tokens and the entity mentions of each sentence, by sentence index */
  private final List<Tokens> sentences = new ArrayList<>();
  private final List<List<EntityMention>> entities = new ArrayList<>();
  final List<Candidate> candidates = new ArrayList<>();
  /** country code to weight of the evidence for it */
  final Map<String, Double> countryEvidence = new HashMap<>();
  /**
   * The key and the entries of each name looked up so far: an article names its places again and
   * again, and the gazetteer's index lies cold in memory after the annotators have run.
   */
  private final Map<String, Lookup> lookups = new HashMap<>();

  /** A name's key and the entries known under it (unmodifiable). */
  private record Lookup(String key, List<GazetteerEntry> entries) {}

  CandidateFinder(Gazetteer gazetteer, PlaceWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  void find(AnalyzedText text) {
    for (Sentence s : text.sentences()) {
      sentences.add(new Tokens(s.tokens()));
      entities.add(new ArrayList<>());
    }
    for (EntityMention m : text.entities()) {
      if (m.sentence() >= 0 && m.sentence() < entities.size()) {
        entities.get(m.sentence()).add(m);
      }
    }
    for (Sentence s : text.sentences()) {
      scan(text, s, entities.get(s.index()));
    }
    addNerLocations(text);
    candidates.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
    for (Candidate c : candidates) {
      hint(text, c);
    }
    link(text);
    subPlaces(text);
  }

  private void scan(AnalyzedText text, Sentence s, List<EntityMention> entities) {
    Tokens t = sentences.get(s.index());
    int i = 0;
    while (i < t.size()) {
      Token tok = t.get(i);
      if (!Names.capitalised(tok.word()) || isTitled(t, i)) {
        i++;
        continue;
      }
      // the words inside a name are capitalised or connectors: the first that is neither ends it
      int limit = Math.min(i + MAX_WORDS, t.size()) - 1;
      for (int k = i + 1; k < limit; k++) {
        if (!Names.capitalised(t.get(k).word()) && !CONNECTORS.contains(t.lower(k))) {
          limit = k;
          break;
        }
      }
      int matched = 0;
      int firstWord = Names.firstWordHash(text.text(), tok.start(), tok.end());
      boolean longer = firstWord == Names.UNKNOWN || gazetteer.mayBeginLongerName(firstWord)
          || words.mayBeginLongerDemonym(firstWord);
      // no name of two words or more begins with this word: the word alone is looked up
      for (int n = longer ? limit - i + 1 : 1; n >= 1 && matched == 0; n--) {
        Token lastTok = t.get(i + n - 1);
        if (!Names.capitalised(lastTok.word())) {
          continue;
        }
        String surface = text.text().substring(tok.start(), lastTok.end());
        Lookup lookup = lookUp(surface);
        String key = lookup.key();
        if (key.isEmpty()) {
          continue;
        }
        List<GazetteerEntry> entries = lookup.entries();
        if (n == 1 && words.stop.contains(key) && !unitStopWord(t, i, entries)) {
          continue;
        }
        String demonym = words.demonyms.get(key);
        if (demonym != null) {
          countryEvidence.merge(demonym, 1.0, Double::sum);
          matched = n;
          break;
        }
        if (entries.isEmpty() || n == 1 && acronym(tok.word()) && !anyUnit(entries)) {
          continue;
        }
        matched = n;
        int lastIndex = i + n - 1;
        if (partOfName(t, i, lastIndex, entities, tok.start(), lastTok.end())) {
          // "Pakistan Army", "Balochistan Liberation Army": an organisation, yet evidence of the country
          for (GazetteerEntry e : entries) {
            if (e.type() == PlaceType.COUNTRY || e.type() == PlaceType.PROVINCE) {
              countryEvidence.merge(e.countryCode(), 1.0, Double::sum);
            }
          }
          break;
        }
        Candidate c = new Candidate(s.index(), i, lastIndex, tok.start(), lastTok.end(), surface, key, entries);
        for (EntityMention m : entities) {
          if (m.start() <= c.start && c.end <= m.end()) {
            c.nerLocation |= m.type().equals("LOCATION");
            c.nerPerson |= m.type().equals("PERSON");
          }
        }
        candidates.add(c);
      }
      i += Math.max(1, matched);
    }
  }

  /**
   * "in Small Ekombe, between Kumba and Mbonge, Meme, South-West": the comma after the two places a
   * name lies between, whose chain goes on; otherwise {@code k}.
   */
  private static int between(Tokens t, int k) {
    if (k + 2 >= t.size() || !t.get(k).word().equals(",") || !t.get(k + 1).word().equalsIgnoreCase("between")) {
      return k;
    }
    int m = k + 2;
    while (m < t.size() && m < k + 7 && Names.capitalised(t.get(m).word())) {
      m++;
    }
    if (m == k + 2 || m >= t.size() || !t.get(m).word().equals("and")) {
      return k;
    }
    int n = m + 1;
    while (n < t.size() && n < m + 5 && Names.capitalised(t.get(n).word())) {
      n++;
    }
    return n > m + 1 && n + 1 < t.size() && t.get(n).word().equals(",") ? n : k;
  }

  private static final Set<String> DESCRIPTORS = Set.of(
      "cantonment", "site", "military", "base", "camp", "area", "village", "town", "locality");

  /**
   * The token after the words that say what a name is: "Kalat district", "Mirmir cantonment site (…)",
   * "Buulo Shiikh village (…)".
   */
  private int skipDescriptors(Tokens t, int k) {
    if (k < t.size() && words.after.containsKey(t.lower(k))) {
      return k + 1;
    }
    int j = k;
    while (j < t.size() && j - k < 2 && DESCRIPTORS.contains(t.get(j).word())) {
      j++;
    }
    return j > k && j < t.size() && t.get(j).word().equals("(") ? j : k;
  }

  /** "Wadi Bardi", "San Clemente": a word that begins a name, then a capitalised one. */
  private static boolean nameStart(Tokens t, int i) {
    return i + 1 < t.size() && NAME_START.contains(t.lower(i)) && Names.capitalised(t.get(i + 1).word());
  }

  /** "al-Qadeem", "el-Fasher": a name with the Arabic article written lower case. */
  private static boolean articled(String w) {
    int dash = w.indexOf('-');
    return dash >= 1 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
        && Set.of("al", "el", "ad", "ar", "as", "ash", "az", "an", "at").contains(w.substring(0, dash));
  }

  /**
   * A stop word that here names a unit: "Central governorate", "Capital, Bahrain" (between commas,
   * before a country).
   */
  private boolean unitStopWord(Tokens t, int i, List<GazetteerEntry> entries) {
    if (!hasType(entries, PlaceType.PROVINCE)) {
      return false;
    }
    if (i + 1 < t.size()) {
      PlaceType h = words.after.get(t.lower(i + 1));
      if (h == PlaceType.PROVINCE) {
        return true;
      }
    }
    if (i >= 1 && i + 2 < t.size() && t.get(i - 1).word().equals(",") && t.get(i + 1).word().equals(",")) {
      return hasType(gazetteer.lookup(t.get(i + 2).word()), PlaceType.COUNTRY);
    }
    return false;
  }

  private static boolean acronym(String w) {
    return w.length() <= 4 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean hasType(List<GazetteerEntry> entries, PlaceType type) {
    for (GazetteerEntry e : entries) {
      if (e.type() == type) {
        return true;
      }
    }
    return false;
  }

  /** A title or campaign word before it: "Major Khan", "Operation Zarb", "Haji Gul Khan". */
  private boolean isTitled(Tokens t, int i) {
    if (i == 0) {
      return false;
    }
    String prev = t.lower(i - 1).replace(".", "");
    if (words.title.contains(prev)) {
      return true;
    }
    // a run of capitalised words that started with a title: "Major Anwar Khan"
    int k = i - 1;
    while (k > 0 && Names.capitalised(t.get(k).word()) && !words.title.contains(t.lower(k))) {
      k--;
    }
    return k < i - 1 && words.title.contains(t.lower(k).replace(".", ""));
  }

  /** Whether the name is part of an organisation or person name. */
  private boolean partOfName(Tokens t, int first, int last, List<EntityMention> entities, int start, int end) {
    // the capitalised words after it, across hyphens: "Pakistan Army", "China-Pakistan Economic Corridor"
    for (int k = last + 1; k < t.size() && k <= last + 4; k++) {
      String next = t.get(k).word();
      if (next.equals("-")) {
        continue;
      }
      if (!Names.capitalised(next)) {
        break;
      }
      if (words.org.contains(t.lower(k))) {
        return true;
      }
    }
    for (EntityMention m : entities) {
      boolean covers = m.start() <= start && end <= m.end() && (m.end() - m.start()) > (end - start);
      if (covers && (m.type().equals("ORGANIZATION") || m.type().equals("PERSON"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUnit(List<GazetteerEntry> entries) {
    for (GazetteerEntry e : entries) {
      if (e.isUnit()) {
        return true;
      }
    }
    return false;
  }

  private boolean overlapsCandidate(int start, int end) {
    for (Candidate c : candidates) {
      if (c.start < end && start < c.end) {
        return true;
      }
    }
    return false;
  }

  private void addNerLocations(AnalyzedText text) {
    for (EntityMention m : text.entities()) {
      if (!m.type().equals("LOCATION")) {
        continue;
      }
      if (overlapsCandidate(m.start(), m.end())) {
        continue;
      }
      Lookup lookup = lookUp(m.text());
      String key = lookup.key();
      if (words.stop.contains(key) || words.demonyms.containsKey(key)) {
        continue;
      }
      Sentence s = text.sentences().get(m.sentence());
      int first = -1;
      int last = -1;
      for (Token tok : s.tokens()) {
        if (tok.start() >= m.start() && tok.end() <= m.end()) {
          first = first < 0 ? tok.index() : first;
          last = tok.index();
        }
      }
      if (first < 0) {
        continue;
      }
      Candidate c = new Candidate(s.index(), first, last, m.start(), m.end(), m.text(), key, lookup.entries());
      c.nerLocation = true;
      candidates.add(c);
    }
  }

  private Lookup lookUp(String name) {
    Lookup known = lookups.get(name);
    if (known == null) {
      String key = Names.key(name);
      known = new Lookup(key, List.copyOf(gazetteer.lookupKey(key)));
      lookups.put(name, known);
    }
    return known;
  }

  /** "Kalat district", "Balochistan province", "the Bolan and Kech districts". */
  private void hint(AnalyzedText text, Candidate c) {
    Tokens t = sentences.get(c.sentence);
    int k = c.last + 1;
    if (k < t.size()) {
      PlaceType h = words.after.get(t.lower(k));
      if (h != null) {
        c.hint = h;
        c.hintEnd = t.get(k).end();
        return;
      }
    }
    // "Bolan and Kech districts": the plural word after the next name
    if (k + 2 < t.size() && t.get(k).word().equalsIgnoreCase("and")) {
      String w = t.lower(k + 2);
      if (w.endsWith("s") && words.after.containsKey(w) && Names.capitalised(t.get(k + 1).word())) {
        c.hint = words.after.get(w);
      }
    }
  }

  /** Links each place to the unit written right after it, adding unknown names that sit in such chains. */
  private void link(AnalyzedText text) {
    addUnknownChainMembers(text);
    for (Candidate a : candidates) {
      Tokens t = sentences.get(a.sentence);
      int k = between(t, skipDescriptors(t, a.last + 1));
      if (k + 1 < t.size() && (t.get(k).word().equals(",") || t.get(k).word().equals("("))) {
        int next = k + 1;
        for (Candidate b : candidates) {
          if (b.sentence == a.sentence && b.first == next) {
            a.container = b;
            b.isContainer = true;
            b.member = a;
          }
        }
      }
    }
  }

  /** "in Kalembe (Beni, Nord-Kivu)": capitalised names the gazetteer lacks, inside a chain that reaches one it knows. */
  private void addUnknownChainMembers(AnalyzedText text) {
    List<Candidate> added = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      Tokens t = sentences.get(s.index());
      int i = 0;
      while (i < t.size()) {
        if (!Names.capitalised(t.get(i).word()) || covered(s.index(), i) || i == 0
            || words.stop.contains(t.lower(i)) && !nameStart(t, i) || isTitled(t, i)) {
          i++;
          continue;
        }
        int j = i;
        // the known words inside an unknown name are no place of their own: "Karbabad Jadid"
        while (j + 1 < t.size() && j - i < 3 && (Names.capitalised(t.get(j + 1).word()) || articled(t.get(j + 1).word()))
            && (!covered(s.index(), j + 1) || coveredWithin(s.index(), j + 1, i))) {
          j++;
        }
        // "Bilad al - Qadeem" as the tokenizer splits it
        while (j + 3 < t.size() && j - i < 3 && ARTICLE.matcher(t.get(j + 1).word()).matches()
            && t.get(j + 2).word().equals("-") && Names.capitalised(t.get(j + 3).word()) && !covered(s.index(), j + 3)) {
          j += 3;
        }
        String prev = t.lower(i - 1);
        int k = between(t, skipDescriptors(t, j + 1));
        boolean strong = LOCATIVE.contains(prev) || prev.equals(",") || prev.equals("(");
        // "shelled Ocheretino, Donetsk region": after a verb, the chain must prove itself (see weakLead)
        boolean before = strong || prev.length() > 1 && lowerCase(prev);
        boolean after = k + 1 < t.size() && (t.get(k).word().equals(",") || t.get(k).word().equals("("))
            && Names.capitalised(t.get(k + 1).word());
        if (before && after && !words.org.contains(t.lower(j))) {
          String surface = text.text().substring(t.get(i).start(), t.get(j).end());
          String key = Names.key(surface);
          Candidate c = new Candidate(s.index(), i, j, t.get(i).start(), t.get(j).end(), surface, key, List.of());
          c.weakLead = !strong;
          if (!words.demonyms.containsKey(key)
              && (strong || closesChain(t, k + 1) && !insideEntity(entities.get(s.index()), c))) {
            added.add(c);
            int from = i;
            int to = j;
            candidates.removeIf(o -> o.sentence == s.index() && o.first >= from && o.last <= to);
          }
        }
        i = j + 1;
      }
    }
    candidates.addAll(added);
    candidates.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
    for (Candidate c : added) {
      hint(text, c);
    }
  }

  /** the Arabic article as the tokenizer splits it off: "Bilad al - Qadeem" */
  private static final Pattern ARTICLE = Pattern.compile("(?i)al|el|ad|ar|as|ash|az");

  private static boolean lowerCase(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> CHAIN_END = Set.of(
      ",", ".", "(", ")", ";", ":", "on", "in", "and", "as", "at", "near", "-", "--", "after", "when", "where");

  /**
   * Whether the name of the next unit, starting at token {@code k}, ends the phrase: "Ocheretino, Donetsk
   * region as a result", not "Ahmed, Kano State police said".
   */
  private boolean closesChain(Tokens t, int k) {
    int j = k;
    while (j < t.size() && (Names.capitalised(t.get(j).word()) || t.get(j).word().equals("-"))) {
      j++;
    }
    if (j < t.size() && words.after.containsKey(t.lower(j))) {
      j++;
    }
    return j >= t.size() || CHAIN_END.contains(t.lower(j));
  }

  private static boolean insideEntity(List<EntityMention> entities, Candidate c) {
    for (EntityMention m : entities) {
      if (m.start() <= c.start && c.end <= m.end() && m.type().equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the candidates covering {@code token} start after {@code from} (so lie inside a longer name). */
  private boolean coveredWithin(int sentence, int token, int from) {
    for (Candidate c : candidates) {
      if (c.sentence == sentence && c.first <= token && token <= c.last && c.first <= from) {
        return false;
      }
    }
    return true;
  }

  private boolean covered(int sentence, int token) {
    for (Candidate c : candidates) {
      if (c.sentence == sentence && c.first <= token && token <= c.last) {
        return true;
      }
    }
    return false;
  }

  /** "Sarband area of Mach", "Gwarkop area of Kech district", "Quetta's Zarghoon Road area", "X National Highway". */
  private void subPlaces(AnalyzedText text) {
    for (Sentence s : text.sentences()) {
      Tokens t = sentences.get(s.index());
      for (int k = 1; k < t.size(); k++) {
        if (!words.mayBeAreaOrSite(t.get(k).word())) {
          continue;
        }
        String w = t.lower(k);
        // <Name> area of|in <place>
        if (words.area.contains(w) && k + 2 < t.size()
            && (t.get(k + 1).word().equals("of") || t.get(k + 1).word().equals("in"))) {
          int end = k - 1;
          int begin = end;
          while (begin - 1 >= 0 && Names.capitalised(t.get(begin - 1).word()) && end - begin < 3) {
            begin--;
          }
          if (!Names.capitalised(t.get(end).word()) || words.stop.contains(t.lower(end))) {
            continue;
          }
          Candidate parent = candidateAt(s.index(), k + 2);
          if (parent == null && k + 3 < t.size() && t.get(k + 2).word().equalsIgnoreCase("the")) {
            parent = candidateAt(s.index(), k + 3);
          }
          if (parent != null && parent.known()) {
            Candidate own = candidateAt(s.index(), begin);
            if (own != null && own != parent) {
              candidates.remove(own);
            }
            parent.site = text.text().substring(t.get(begin).start(), t.get(end).end());
            parent.siteType = PlaceType.AREA;
            parent.siteStart = t.get(begin).start();
            parent.siteEnd = parent.hintEnd;
          }
        }
        // <Name ...> Road|Highway|Street
        if (words.site.contains(w) && Names.capitalised(t.get(k).word()) && Names.capitalised(t.get(k - 1).word())) {
          int begin = k - 1;
          while (begin - 1 >= 0 && k - begin < 5 && (Names.capitalised(t.get(begin - 1).word())
              || t.get(begin - 1).word().equals("-") && begin >= 2 && Names.capitalised(t.get(begin - 2).word()))) {
            begin--;
          }
          Candidate parent = null;
          int siteStart = t.get(begin).start();
          int siteEnd = t.get(k).end();
          if (begin >= 2 && (t.get(begin - 1).word().equals("'s") || t.get(begin - 1).word().equals("\u2019s"))) {
            parent = candidateAt(s.index(), begin - 2);
            if (parent != null && parent.known() && parent.site == null) {
              // "Quetta's Jinnah Road": the site belongs to the place before it
              parent.site = text.text().substring(siteStart, siteEnd);
              parent.siteType = PlaceType.SITE;
              parent.siteStart = parent.start;
              parent.siteEnd = siteEnd;
              continue;
            }
          }
          if (k + 2 < t.size() && LOCATIVE.contains(t.lower(k + 1))) {
            for (Candidate c : candidates) {
              if (c.sentence == s.index() && c.first > k && c.first <= k + 6 && c.known()) {
                parent = c;
                break;
              }
            }
          }
          Candidate inside = null;
          for (Candidate c : candidates) {
            if (c.sentence == s.index() && c.first >= begin && c.last <= k && c.known()) {
              if (inside == null) {
                inside = c;
              }
              c.hidden = true;
            }
          }
          if (parent == null) {
            parent = inside != null ? inside : hyphenPart(text, s, t, begin, k);
          }
          if (parent == null) {
            continue;
          }
          if (inside != null) {
            inside.hidden = true;
          }
          String surface = text.text().substring(siteStart, siteEnd);
          Candidate site = new Candidate(s.index(), begin, k, siteStart, siteEnd, surface, Names.key(surface), List.of());
          site.container = parent;
          site.site = site.surface;
          site.siteType = PlaceType.SITE;
          site.siteStart = siteStart;
          site.siteEnd = siteEnd;
          candidates.add(site);
          k++;
        }
      }
    }
    candidates.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
  }

  /** "Quetta-Karachi National Highway": the first part of a hyphenated word the gazetteer knows, as a candidate. */
  private Candidate hyphenPart(AnalyzedText text, Sentence s, Tokens t, int begin, int end) {
    for (int k = begin; k <= end; k++) {
      Token tok = t.get(k);
      int dash = tok.word().indexOf('-');
      if (dash > 0) {
        String part = tok.word().substring(0, dash);
        Lookup lookup = lookUp(part);
        String key = lookup.key();
        List<GazetteerEntry> entries = lookup.entries();
        if (!entries.isEmpty() && Names.capitalised(part) && !words.stop.contains(Names.lower(part))) {
          Candidate c = new Candidate(s.index(), k, k, tok.start(), tok.start() + dash, part, key, entries);
          c.hidden = true;
          candidates.add(c);
          return c;
        }
      }
    }
    return null;
  }

  private Candidate candidateAt(int sentence, int token) {
    for (Candidate c : candidates) {
      if (c.sentence == sentence && c.first == token) {
        return c;
      }
    }
    return null;
  }

  /** A sentence's tokens, with their words in lower case made once: the rules look most words up in lower case. */
  private static final class Tokens {
    private final Token[] tokens;
    private final String[] lower;

    Tokens(List<Token> tokens) {
      this.tokens = tokens.toArray(new Token[0]);
      this.lower = new String[this.tokens.length];
    }

    int size() {
      return tokens.length;
    }

    Token get(int k) {
      return tokens[k];
    }

    /** Token {@code k} in lower case, computed when first asked for. */
    String lower(int k) {
      String l = lower[k];
      if (l == null) {
        l = lower[k] = Names.lower(tokens[k].word());
      }
      return l;
    }
  }
}
