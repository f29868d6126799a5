package dev.incidents.extract.merge;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.Total;
import java.util.List;

/**
 * One event as several articles report it.
 *
 * @param id {@code "event#<n>"}
 * @param incidentIds the incidents linked, as {@code "<docId>#<n>"}
 * @param documents the documents that report it
 * @param date the most precise date among the reports
 * @param locations the places of all reports, most specific first
 * @param campaign the named campaign, or null
 * @param actors the actors of all reports, one per name and role
 * @param figures per outcome and victim group, the band across reports
 * @param totals per outcome: {@code low} the smallest report, {@code best} the conservative (lowest)
 *     credible total, {@code high} the largest including figures claimed by a party
 */
public record MergedEvent(
    String id,
    List<String> incidentIds,
    List<String> documents,
    EventDate date,
    List<Place> locations,
    String campaign,
    List<Actor> actors,
    List<FigureBand> figures,
    List<Total> totals) {
  /**
   * Copies the lists.
   *
   * @param id {@code "event#<n>"}
   * @param incidentIds the incidents linked, as {@code "<docId>#<n>"}
   * @param documents the documents that report it
   * @param date the most precise date among the reports
   * @param locations the places of all reports, most specific first
   * @param campaign the named campaign, or null
   * @param actors the actors of all reports, one per name and role
   * @param figures per outcome and victim group, the band across reports
   * @param totals per outcome: {@code low} the smallest report, {@code best} the conservative (lowest)
   *     credible total, {@code high} the largest including figures claimed by a party
   */
  public MergedEvent {
    incidentIds = List.copyOf(incidentIds);
    documents = List.copyOf(documents);
    locations = List.copyOf(locations);
    actors = List.copyOf(actors);
    figures = List.copyOf(figures);
    totals = List.copyOf(totals);
  }
}
