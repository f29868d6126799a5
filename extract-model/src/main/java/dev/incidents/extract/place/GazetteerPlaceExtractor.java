package dev.incidents.extract.place;

import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.model.Span;
import dev.incidents.core.spi.PlaceExtractor;
import dev.incidents.core.spi.PlaceMention;
import dev.incidents.core.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds place names with a {@link Gazetteer} and resolves them in the article's context.
 *
 * <p>Works on tokens alone (capitalised n-grams the gazetteer knows); NER LOCATION mentions, when
 * the analyzer ran NER, add candidates and evidence. Organisation names ("Pakistan Army",
 * "Balochistan Liberation Army") and demonyms ("Pakistani") yield no place but count as evidence
 * of the article's country. Sub-places keep their words in {@link Place#site()} with the parent's
 * name and units ("Sarband area of Mach": Mach, site Sarband). Every mention is kept; the
 * confidence prefers specific places resolved in context over background ones.
 *
 * <p>Thread-safe and stateless between documents.
 */
public final class GazetteerPlaceExtractor implements PlaceExtractor {
  /** The name it is registered under. */
  public static final String NAME = "gazetteer";

  private final Gazetteer gazetteer;
  private final PlaceWords words;

  /**
   * An extractor resolving against {@code gazetteer}.
   *
   * @param gazetteer the gazetteer
   */
  public GazetteerPlaceExtractor(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = PlaceWords.get();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<PlaceMention> extract(AnalyzedText text) {
    CandidateFinder finder = new CandidateFinder(gazetteer, words);
    finder.find(text);
    NameKeys keys = new NameKeys();
    new PlaceResolver(keys).resolve(finder.candidates, finder.countryEvidence);
    Map<String, String> spellings = admin1Spellings(finder.candidates, keys);
    List<PlaceMention> out = new ArrayList<>();
    for (Candidate c : finder.candidates) {
      if (c.hidden) {
        continue;
      }
      PlaceMention m = c.best != null ? resolved(text, c, keys) : unknown(text, c, keys);
      if (m != null) {
        out.add(spellings.isEmpty() ? m : respell(m, spellings, keys));
      }
    }
    out.sort(Comparator.comparing((PlaceMention m) -> m.place().span()));
    return List.copyOf(out);
  }

  private PlaceMention resolved(AnalyzedText text, Candidate c, NameKeys keys) {
    GazetteerEntry e = c.best;
    if (e == null) {
      return null;
    }
    PlaceType type = c.siteType != null ? c.siteType : e.type();
    int start = c.siteType != null ? Math.min(c.siteStart, c.start) : c.start;
    int end = c.siteType != null ? Math.max(c.siteEnd, c.end)
        : e.type() == PlaceType.DISTRICT || e.type() == PlaceType.PROVINCE ? c.hintEnd : c.end;
    Span span = text.span(start, end);
    double conf = 0.25 + 0.2 * Math.min(1, c.score / 2) + 0.25 * Math.min(1, c.margin);
    if (chainHead(c, keys)) {
      conf += 0.15;
    }
    conf += specificity(type);
    conf -= Math.min(0.1, 0.01 * c.sentence);
    if (c.isContainer) {
      conf -= 0.15;
    }
    if (c.nerPerson) {
      conf -= 0.1;
    }
    if (dateline(text, c)) {
      // "Bogota, 25 Oct 88 --": where the report was filed, often not where it happened
      conf -= 0.25;
    }
    return new PlaceMention(place(e, type, c.site, span), c.sentence, clamp(conf));
  }

  private PlaceMention unknown(AnalyzedText text, Candidate c, NameKeys keys) {
    GazetteerEntry parent = c.container == null ? null : c.container.resolvedOrContainer();
    if (parent == null) {
      return null;
    }
    Span span = text.span(c.siteType != null ? c.siteStart : c.start, c.siteType != null ? c.siteEnd : c.hintEnd);
    if (c.siteType != null) {
      double conf = 0.55 + specificity(c.siteType) + (c.container.score >= 1 ? 0.1 : 0);
      return new PlaceMention(place(parent, c.siteType, c.site, span), c.sentence, clamp(conf));
    }
    if (c.weakLead && !provenChain(c)) {
      return null;
    }
    // a name the gazetteer lacks, inside a chain of units it knows: named as written, placed by its units
    PlaceType type = c.hint == PlaceType.DISTRICT ? PlaceType.DISTRICT : PlaceType.TOWN;
    String admin2 = parent.type() == PlaceType.PROVINCE || type == PlaceType.DISTRICT ? null : parent.admin2();
    if (type == PlaceType.DISTRICT) {
      admin2 = c.surface;
    }
    Place p = new Place(c.surface, type, null, admin2, parent.admin1(), parent.countryCode(), null, null, null,
        null, span);
    double conf = 0.6 + specificity(type) + (chainHead(c, keys) ? 0.15 : 0) - (c.isContainer ? 0.25 : 0)
        - Math.min(0.1, 0.01 * c.sentence);
    return new PlaceMention(p, c.sentence, clamp(conf));
  }

  /**
   * The first-level units the article names, keyed by country and unit, to the name as the text
   * writes it: "(Beni, Nord-Kivu)" reports admin1 Nord-Kivu, not GeoNames' North Kivu. A name counts
   * when it resolves to the unit itself or to a place the unit shares its name with ("Baku").
   */
  private static Map<String, String> admin1Spellings(List<Candidate> candidates, NameKeys keys) {
    Map<String, String> out = new HashMap<>();
    for (Candidate c : candidates) {
      GazetteerEntry e = c.best;
      if (e == null || e.admin1() == null || e.type() == PlaceType.COUNTRY || upperCase(c.surface)) {
        continue;
      }
      boolean names = e.type() == PlaceType.PROVINCE;
      for (GazetteerEntry u : c.entries) {
        // by its own name, not one found by dropping a word: "Kyiv" the city is not "Kyiv City" the unit
        names |= u.type() == PlaceType.PROVINCE && u.countryCode().equals(e.countryCode())
            && keys.of(u.name()).equals(keys.of(e.admin1())) && namedBy(u, c.key, keys);
      }
      String spelled = withoutUnitWord(c.surface);
      if (names && !spelled.isEmpty()) {
        String key = e.countryCode() + "/" + keys.of(e.admin1());
        if (e.type() == PlaceType.PROVINCE || !out.containsKey(key)) {
          out.put(key, spelled);
        }
      }
    }
    return out;
  }

  private static boolean namedBy(GazetteerEntry e, String key, NameKeys keys) {
    if (keys.of(e.name()).equals(key) || Names.key(withoutUnitWord(e.name())).equals(key)) {
      return true;
    }
    for (String a : e.alternateNames()) {
      if (keys.of(a).equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> UNIT_WORDS = Set.of(
      "province", "region", "state", "county", "governorate", "oblast", "department", "prefecture", "parish",
      "district");

  private static String withoutUnitWord(String name) {
    String s = name.strip();
    int space = s.lastIndexOf(' ');
    if (space > 0 && UNIT_WORDS.contains(Names.lower(s.substring(space + 1)))) {
      s = s.substring(0, space).strip();
    }
    return s;
  }

  private static boolean upperCase(String s) {
    return s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.length() > 1;
  }

  private static PlaceMention respell(PlaceMention m, Map<String, String> spellings, NameKeys keys) {
    Place p = m.place();
    if (p.admin1() == null) {
      return m;
    }
    String spelled = spellings.get(p.countryCode() + "/" + keys.of(p.admin1()));
    if (spelled == null || spelled.equals(p.admin1())) {
      return m;
    }
    Place q = new Place(p.name(), p.type(), p.site(), p.admin2(), spelled, p.countryCode(), p.lat(), p.lon(),
        p.gazetteerId(), p.text(), p.span());
    return new PlaceMention(q, m.sentence(), m.confidence());
  }

  /**
   * Whether the chain after an unknown name read after a verb is one of places: its first known
   * unit is an administrative unit ("Donetsk region", "Extreme-North") or it has three names or more.
   */
  private static boolean provenChain(Candidate c) {
    int links = 0;
    for (Candidate k = c.container; k != null && links < 5; k = k.container) {
      links++;
      if (k.best != null && k.best.isUnit() && (k.hint != null || k.best.type() != PlaceType.DISTRICT
          || k.best.population() > 0)) {
        return true;
      }
    }
    return links >= 2;
  }

  /** "in Kalembe (Beni, Nord-Kivu)": the first name of a chain of units is where it happened, precisely. */
  private static boolean chainHead(Candidate c, NameKeys keys) {
    if (c.container == null || c.isContainer || c.siteType != null) {
      return false;
    }
    if (c.best == null) {
      return true;
    }
    Candidate k = c.container;
    for (int i = 0; k != null && i < 4; i++, k = k.container) {
      if (k.best != null && PlaceResolver.contains(k.best, c.best, keys)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dateline(AnalyzedText text, Candidate c) {
    if (c.sentence != 0 || c.first != 0) {
      return false;
    }
    List<dev.incidents.core.text.Token> t = text.sentences().get(0).tokens();
    for (int k = c.last + 1; k < Math.min(t.size(), c.last + 6); k++) {
      String w = t.get(k).word();
      if (!Character.isLetter(w.charAt(0)) && Character.isDigit(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static Place place(GazetteerEntry e, PlaceType type, String site, Span span) {
    return new Place(e.name(), type, site, e.admin2(), e.admin1(), e.countryCode(), e.lat(), e.lon(), e.id(),
        null, span);
  }

  private static double specificity(PlaceType type) {
    return switch (type) {
      case SITE, AREA -> 0.08;
      case CITY, TOWN -> 0.05;
      case DISTRICT -> 0.02;
      case PROVINCE -> -0.12;
      case COUNTRY -> -0.25;
    };
  }

  private static double clamp(double v) {
    return Math.max(0.05, Math.min(0.98, v));
  }
}
