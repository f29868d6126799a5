package dev.incidents.extract.merge;

import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.VictimGroup;
import java.util.List;

/**
 * What several reports say of one outcome and victim group of an event.
 *
 * @param outcome the outcome
 * @param victimGroup the victim group
 * @param low the smallest credible count a report gives
 * @param high the largest credible count a report gives
 * @param claimed the largest count a party claims (an armed group's own figure), or null
 * @param reports each report's count, with its document and source
 */
public record FigureBand(Outcome outcome, VictimGroup victimGroup, int low, int high, Integer claimed,
    List<ReportedCount> reports) {
  /**
   * Copies the reports.
   *
   * @param outcome the outcome
   * @param victimGroup the victim group
   * @param low the smallest credible count a report gives
   * @param high the largest credible count a report gives
   * @param claimed the largest count a party claims (an armed group's own figure), or null
   * @param reports each report's count, with its document and source
   */
  public FigureBand {
    reports = List.copyOf(reports);
  }

  /**
   * One report's count.
   *
   * @param document the document id
   * @param count the count it states for the event
   * @param source who states it ("Pakistani officials"), or null in the article's own voice
   * @param claimedByParty whether an armed group claims it
   */
  public record ReportedCount(String document, int count, String source, boolean claimedByParty) {}
}
