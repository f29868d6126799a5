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

  /**
   * A place name compared: lower case, without marks, unit words ("district") or characters other
   * than ASCII letters and digits. An ASCII name is read word by word ({@link #asciiNorm}).
   */
  static String norm(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return anyNorm(s);
      }
    }
    return asciiNorm(s);
  }

  /** {@link #norm} of any name, by the expressions that define it. */
  static String anyNorm(String s) {
    String n = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(UNIT_WORDS.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
  }

  /**
   * {@link #anyNorm} of an ASCII name: its runs of word characters ({@code \\w}, as {@code \\b}
   * bounds them) that are no unit word, lower-cased, their letters and digits only.
   */
  static String asciiNorm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (!asciiWord(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && asciiWord(s.charAt(i))) {
        i++;
      }
      if (!isUnitWord(s, start, i)) {
        for (int k = start; k < i; k++) {
          char c = s.charAt(k);
          if (c != '_') {
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
          }
        }
      }
    }
    return b.toString();
  }

  private static final java.util.List<String> UNITS =
      java.util.List.of("district", "province", "city", "town", "division", "tehsil", "area");

  private static boolean isUnitWord(String s, int start, int end) {
    for (String unit : UNITS) {
      if (unit.length() == end - start && s.regionMatches(true, start, unit, 0, end - start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
