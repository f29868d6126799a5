package dev.incidents.extract.place;

import dev.incidents.core.model.PlaceType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses, for each candidate, the gazetteer entry the article means: the article's countries,
 * the units written beside it ("Mach, Bolan"), the units mentioned elsewhere, the word after it
 * ("district"), and size and rank of the place. Candidates that fit no reading are dropped.
 */
final class PlaceResolver {
  static final double KEEP = 0.3;

  private final Map<String, Double> context = new HashMap<>();
  private final Set<Unit> admin1Mentioned = new HashSet<>();
  private final Set<Unit> admin2Mentioned = new HashSet<>();

  private final NameKeys keys;

  /** A first- or second-level unit by its country and the key of its name (the key's hash is kept, not recomputed). */
  private record Unit(String country, String key) {}

  PlaceResolver(NameKeys keys) {
    this.keys = keys;
  }

  void resolve(List<Candidate> candidates, Map<String, Double> countryEvidence) {
    Map<String, Double> evidence = new HashMap<>(countryEvidence);
    for (Candidate c : candidates) {
      if (!c.known()) {
        continue;
      }
      Set<String> countries = new HashSet<>();
      boolean hasCountry = false;
      boolean sizeable = false;
      for (GazetteerEntry e : c.entries) {
        countries.add(e.countryCode());
        hasCountry |= e.type() == PlaceType.COUNTRY;
        sizeable |= e.isUnit() || e.population() >= 5000;
      }
      if (hasCountry) {
        for (GazetteerEntry e : c.entries) {
          if (e.type() == PlaceType.COUNTRY) {
            evidence.merge(e.countryCode(), 2.0, Double::sum);
          }
        }
      } else if (countries.size() == 1 && sizeable && anyCurrentName(c)) {
        evidence.merge(countries.iterator().next(), 1.0, Double::sum);
      } else {
        // ambiguous names vote a little for each country of their larger readings, once per country
        Set<String> voted = new HashSet<>();
        for (GazetteerEntry e : c.entries) {
          if ((e.isUnit() || e.population() >= 50_000) && voted.add(e.countryCode())) {
            evidence.merge(e.countryCode(), 0.3, Double::sum);
          }
        }
      }
      // "Donetsk region": the one country with a unit of the kind the word after it names
      if (c.hint == PlaceType.PROVINCE || c.hint == PlaceType.DISTRICT) {
        Set<String> units = new HashSet<>();
        for (GazetteerEntry e : c.entries) {
          if (e.type() == c.hint) {
            units.add(e.countryCode());
          }
        }
        if (units.size() == 1) {
          evidence.merge(units.iterator().next(), 1.0, Double::sum);
        }
      }
      // "Zaragoza, La Libertad": a name and the unit after it that contains it agree on one country
      Set<String> chained = chainCountries(c, keys);
      if (chained.size() == 1) {
        evidence.merge(chained.iterator().next(), 1.0, Double::sum);
      }
    }
    double max = 0;
    for (double w : evidence.values()) {
      max = Math.max(max, w);
    }
    if (max > 0) {
      for (Map.Entry<String, Double> e : evidence.entrySet()) {
        context.put(e.getKey(), e.getValue() / max);
      }
    }
    score(candidates);
    for (Candidate c : candidates) {
      if (c.best != null && c.score >= 1.0) {
        if (c.best.admin1() != null) {
          admin1Mentioned.add(new Unit(c.best.countryCode(), keys.of(c.best.admin1())));
        }
        if (c.best.type() == PlaceType.DISTRICT && c.best.admin2() != null) {
          admin2Mentioned.add(new Unit(c.best.countryCode(), keys.of(c.best.admin2())));
        }
      }
    }
    score(candidates);
  }

  /** Whether one of the candidate's readings is a unit or has the name as a current one. */
  private boolean anyCurrentName(Candidate c) {
    for (GazetteerEntry e : c.entries) {
      if (e.isUnit() || !oldName(e, c.key, keys)) {
        return true;
      }
    }
    return false;
  }

  private void score(List<Candidate> candidates) {
    for (Candidate c : candidates) {
      GazetteerEntry best = null;
      double top = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      for (GazetteerEntry e : c.entries) {
        double s = score(c, e);
        if (s > top) {
          second = top;
          top = s;
          best = e;
        } else if (s > second) {
          second = s;
        }
      }
      if (best != null && top >= KEEP) {
        c.best = best;
        c.score = top;
        c.margin = second == Double.NEGATIVE_INFINITY ? 1.0 : top - second;
      } else {
        c.best = null;
        c.score = 0;
      }
    }
  }

  private double score(Candidate c, GazetteerEntry e) {
    // an unknown population (0) counts as a village's
    double s = 0.08 * Math.log10((e.population() > 0 ? e.population() : 1000) + 10.0);
    String f = e.featureCode() == null ? "" : e.featureCode();
    s += switch (e.type()) {
      case COUNTRY -> 0.6;
      case PROVINCE -> 0.45;
      case DISTRICT -> 0.3;
      default -> f.endsWith("PPLC") ? 0.4 : f.endsWith("PPLA") ? 0.3 : f.endsWith("PPLA2") ? 0.2 : 0;
    };
    if (!context.isEmpty()) {
      double w = context.getOrDefault(e.countryCode(), 0.0);
      // a big foreign city under its own name may be meant ("talks in Paris"); under an old name ("Molotov"), no
      boolean big = e.population() >= 1_000_000 && keys.of(e.name()).equals(c.key);
      s += w >= 0.25 ? 1.2 * w : (big || e.type() == PlaceType.COUNTRY ? -0.2 : -1.0);
    }
    // (both sets are empty in the first round)
    if (e.admin1() != null && e.type() != PlaceType.PROVINCE && !admin1Mentioned.isEmpty()
        && admin1Mentioned.contains(new Unit(e.countryCode(), keys.of(e.admin1())))) {
      s += 0.4;
    }
    if (e.admin2() != null && e.type() != PlaceType.DISTRICT && !admin2Mentioned.isEmpty()
        && admin2Mentioned.contains(new Unit(e.countryCode(), keys.of(e.admin2())))) {
      s += 0.3;
    }
    if (containedByChain(c, e, keys)) {
      s += 1.5;
    } else if (outsideChain(c, e)) {
      // "Lassa, Sahel, Burkina Faso" is not Lhasa
      s -= 1.0;
    }
    if (containsChainMember(c, e, keys)) {
      s += 0.8;
    }
    if (c.hint != null) {
      s += switch (c.hint) {
        case DISTRICT -> e.type() == PlaceType.DISTRICT ? 0.8 : f.endsWith("PPLA2") ? 0.3 : 0;
        case PROVINCE -> e.type() == PlaceType.PROVINCE ? 0.8 : e.type() == PlaceType.DISTRICT ? 0.3 : 0;
        default -> e.isUnit() ? -0.2 : 0.3;
      };
    }
    if (keys.of(e.name()).equals(c.key)) {
      s += 0.1;
    } else if (c.hint == null && e.population() < 100_000 && !alternate(e, c.key, keys)) {
      // found only through a dropped "County"/"Province" word or a prefix: "Real" is not Real County
      s -= 0.35;
    } else if (!e.isUnit() && e.population() < 100_000) {
      // a rare spelling of a small place ("Berga" for Bergen) is weak evidence
      s -= 0.15;
    }
    if (c.nerLocation) {
      s += 0.1;
    }
    if (c.nerPerson && c.hint == null && !c.isContainer) {
      s -= 0.3;
    }
    return s;
  }

  private static Set<String> chainCountries(Candidate c, NameKeys keys) {
    Set<String> out = new HashSet<>();
    if (c.container == null || !c.container.known()) {
      return out;
    }
    for (GazetteerEntry e : c.entries) {
      for (GazetteerEntry u : c.container.entries) {
        if (contains(u, e, keys)) {
          out.add(e.countryCode());
        }
      }
    }
    return out;
  }

  /**
   * Found only under quite another name of a big place ("Molotov" is Perm's old name, more often a
   * cocktail), not a spelling of it ("Kharkov").
   */
  private static boolean oldName(GazetteerEntry e, String key, NameKeys keys) {
    if (e.population() < 100_000) {
      return false;
    }
    String name = keys.of(e.name());
    return !name.isEmpty() && !key.isEmpty() && name.charAt(0) != key.charAt(0);
  }

  private static boolean alternate(GazetteerEntry e, String key, NameKeys keys) {
    for (String a : e.alternateNames()) {
      if (keys.of(a).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last known unit of its chain lies in other countries only. */
  private static boolean outsideChain(Candidate c, GazetteerEntry e) {
    Candidate top = null;
    Candidate k = c.container;
    for (int i = 0; k != null && i < 4; i++, k = k.container) {
      if (k.known()) {
        top = k;
      }
    }
    if (top == null) {
      return false;
    }
    for (GazetteerEntry u : top.entries) {
      if (u.countryCode().equals(e.countryCode())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a unit written after it ("Mach, Bolan", "X (Y, Z)") contains {@code e}. */
  private static boolean containedByChain(Candidate c, GazetteerEntry e, NameKeys keys) {
    Candidate k = c.container;
    for (int i = 0; k != null && i < 4; i++, k = k.container) {
      for (GazetteerEntry u : k.entries) {
        if (contains(u, e, keys)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code e}, as the unit of a chain, contains a reading of the name before it. */
  private static boolean containsChainMember(Candidate unit, GazetteerEntry e, NameKeys keys) {
    if (!e.isUnit()) {
      return false;
    }
    Candidate m = unit.member;
    for (int i = 0; m != null && i < 4; i++, m = m.member) {
      for (GazetteerEntry x : m.entries) {
        if (contains(e, x, keys)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean contains(GazetteerEntry unit, GazetteerEntry e, NameKeys keys) {
    if (unit == e || !unit.countryCode().equals(e.countryCode()) || unit.equals(e)) {
      return false;
    }
    return switch (unit.type()) {
      case COUNTRY -> e.type() != PlaceType.COUNTRY;
      case PROVINCE -> e.type() != PlaceType.PROVINCE && e.admin1() != null
          && keys.of(e.admin1()).equals(keys.of(unit.name()));
      case DISTRICT -> e.type() != PlaceType.DISTRICT && e.type() != PlaceType.PROVINCE && e.admin2() != null
          && keys.of(e.admin2()).equals(keys.of(unit.name()));
      default -> false;
    };
  }
}
