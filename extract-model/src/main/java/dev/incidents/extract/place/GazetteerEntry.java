package dev.incidents.extract.place;

import dev.incidents.core.model.PlaceType;
import java.util.List;
import java.util.Objects;

/**
 * One place of a {@link Gazetteer}, with its administrative parents resolved to names.
 *
 * @param id stable identifier such as {@code "geonames:1167528"}; admin units of the bundled
 *     gazetteer use their GeoNames admin code ({@code "geonames:PK.02"}, {@code "geonames:PK.02.1175527"})
 *     and countries their ISO code ({@code "geonames:PK"}); null for user entries without one
 * @param name canonical name
 * @param alternateNames other names it is found under (spellings, transliterations)
 * @param type {@link PlaceType#COUNTRY}, {@link PlaceType#PROVINCE} (first-level unit),
 *     {@link PlaceType#DISTRICT} (second-level unit), {@link PlaceType#CITY} or {@link PlaceType#TOWN}
 * @param featureCode GeoNames feature class and code ("P.PPLA2", "A.ADM1"), or null
 * @param countryCode ISO 3166-1 alpha-2
 * @param admin1 name of its first-level unit (itself for a province), or null
 * @param admin2 name of its second-level unit (itself for a district), or null
 * @param lat latitude
 * @param lon longitude
 * @param population population, 0 when unknown
 */
public record GazetteerEntry(
    String id,
    String name,
    List<String> alternateNames,
    PlaceType type,
    String featureCode,
    String countryCode,
    String admin1,
    String admin2,
    double lat,
    double lon,
    long population) {
  /**
   * Checks the required components and the coordinates.
   *
   * @param id stable identifier such as {@code "geonames:1167528"}; admin units of the bundled
   *     gazetteer use their GeoNames admin code ({@code "geonames:PK.02"}, {@code "geonames:PK.02.1175527"})
   *     and countries their ISO code ({@code "geonames:PK"}); null for user entries without one
   * @param name canonical name
   * @param alternateNames other names it is found under (spellings, transliterations)
   * @param type {@link PlaceType#COUNTRY}, {@link PlaceType#PROVINCE} (first-level unit),
   *     {@link PlaceType#DISTRICT} (second-level unit), {@link PlaceType#CITY} or {@link PlaceType#TOWN}
   * @param featureCode GeoNames feature class and code ("P.PPLA2", "A.ADM1"), or null
   * @param countryCode ISO 3166-1 alpha-2
   * @param admin1 name of its first-level unit (itself for a province), or null
   * @param admin2 name of its second-level unit (itself for a district), or null
   * @param lat latitude
   * @param lon longitude
   * @param population population, 0 when unknown
   */
  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(countryCode, "countryCode");
    alternateNames = List.copyOf(alternateNames);
    if (countryCode.length() != 2 || !upperAscii(countryCode.charAt(0)) || !upperAscii(countryCode.charAt(1))) {
      throw new IllegalArgumentException("countryCode must be ISO 3166-1 alpha-2, not " + countryCode);
    }
    if (type == PlaceType.AREA || type == PlaceType.SITE) {
      throw new IllegalArgumentException("a gazetteer entry is a country, unit, city or town, not " + type);
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
  }

  private static boolean upperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Whether this entry is an administrative unit or country rather than a populated place.
   *
   * @return true for a unit or country
   */
  public boolean isUnit() {
    return type == PlaceType.COUNTRY || type == PlaceType.PROVINCE || type == PlaceType.DISTRICT;
  }
}
