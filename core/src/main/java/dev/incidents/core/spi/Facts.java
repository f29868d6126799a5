package dev.incidents.core.spi;

import java.util.List;

/**
 * Everything the fact extractors found in one article, before assembly.
 *
 * @param dates date mentions
 * @param casualties casualty figures
 * @param places place mentions
 * @param actors actor mentions
 * @param claims claims
 */
public record Facts(
    List<DateMention> dates,
    List<CasualtyMention> casualties,
    List<PlaceMention> places,
    List<ActorMention> actors,
    List<ClaimMention> claims) {
  /**
   * Copies the lists.
   *
   * @param dates date mentions
   * @param casualties casualty figures
   * @param places place mentions
   * @param actors actor mentions
   * @param claims claims
   */
  public Facts {
    dates = List.copyOf(dates);
    casualties = List.copyOf(casualties);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    claims = List.copyOf(claims);
  }
}
