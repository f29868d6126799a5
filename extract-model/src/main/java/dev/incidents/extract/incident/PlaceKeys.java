package dev.incidents.extract.incident;

import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares places for incident grouping: same place, or one inside the other's district. */
final class PlaceKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern UNIT_WORDS = Pattern.compile("\\b(district|province|city|town|division|tehsil|area)\\b");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

  private PlaceKeys() {}

  static boolean isSpecific(Place p) {
    return p.type() != PlaceType.COUNTRY && p.type() != PlaceType.PROVINCE;
  }

  /** The district-level key of a place: its admin2 when known, else its name. */
  static String key(Place p) {
    String k = p.type() == PlaceType.DISTRICT || p.admin2() == null ? p.name() : p.admin2();
    return norm(k);
  }

  static boolean sameArea(Place a, Place b) {
    if (a.gazetteerId() != null && a.gazetteerId().equals(b.gazetteerId())) {
      return true;
    }
    String an = norm(a.name());
    String bn = norm(b.name());
    return an.equals(bn) || key(a).equals(key(b)) || an.equals(key(b)) || bn.equals(key(a));
  }

  static boolean coveredBy(Place p, Collection<Place> others) {
    for (Place o : others) {
      if (sameArea(p, o)) {
        return true;
      }
      if (!isSpecific(p) && p.type() == PlaceType.PROVINCE && p.name().equalsIgnoreCase(o.admin1() == null ? "" : o.admin1())) {
        return true;
      }
      if (p.type() == PlaceType.COUNTRY && p.countryCode() != null && p.countryCode().equals(o.countryCode())) {
        return true;
      }
    }
    return false;
  }

  static String norm(String s) {
    String n = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(UNIT_WORDS.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
  }
}
