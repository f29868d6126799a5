package dev.incidents.core.model;

/**
 * A location of an incident, resolved against a gazetteer where possible.
 *
 * @param name canonical name of the place (gazetteer name when resolved)
 * @param type kind of place, which is also the geographic precision
 * @param site sub-place words ("Jinnah Road"), or null
 * @param admin2 second-level administrative unit (district), or null
 * @param admin1 first-level administrative unit (province, state), or null
 * @param countryCode ISO 3166-1 alpha-2, or null
 * @param lat latitude, or null when unknown
 * @param lon longitude, or null when unknown
 * @param gazetteerId "geonames:1167528", or null
 * @param text the words of the mention
 * @param span evidence
 */
public record Place(
    String name,
    PlaceType type,
    String site,
    String admin2,
    String admin1,
    String countryCode,
    Double lat,
    Double lon,
    String gazetteerId,
    String text,
    Span span) {
  /**
   * Checks the required components, the country code and the coordinates; the text defaults to the span's text.
   *
   * @param name canonical name of the place (gazetteer name when resolved)
   * @param type kind of place, which is also the geographic precision
   * @param site sub-place words ("Jinnah Road"), or null
   * @param admin2 second-level administrative unit (district), or null
   * @param admin1 first-level administrative unit (province, state), or null
   * @param countryCode ISO 3166-1 alpha-2, or null
   * @param lat latitude, or null when unknown
   * @param lon longitude, or null when unknown
   * @param gazetteerId "geonames:1167528", or null
   * @param text the words of the mention
   * @param span evidence
   */
  public Place {
    Checks.required(name, "name");
    Checks.required(type, "type");
    Checks.required(span, "span");
    site = Checks.blankToNull(site);
    admin2 = Checks.blankToNull(admin2);
    admin1 = Checks.blankToNull(admin1);
    Checks.check(countryCode == null || (countryCode.length() == 2 && isAsciiCapital(countryCode.charAt(0)) && isAsciiCapital(countryCode.charAt(1))),
        "countryCode must be ISO 3166-1 alpha-2, not %s", countryCode);
    Checks.check((lat == null) == (lon == null), "lat and lon must both be set or both be null");
    Checks.check(lat == null || (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180),
        "coordinates out of range: %s, %s", lat, lon);
    if (text == null) {
      text = span.text();
    }
  }

  private static boolean isAsciiCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
