package dev.incidents.core.model;

import java.util.List;

/**
 * A total the article states over several incidents ("14 soldiers in two attacks"). It is stated
 * once here and never added again to the per-incident figures.
 *
 * @param outcome what happened
 * @param victimGroup whom it counts
 * @param min lower bound
 * @param max upper bound or null
 * @param qualifier how the count was qualified
 * @param source who states it
 * @param incidentIds the incidents it sums, when known
 * @param text the words of the figure
 * @param span evidence
 */
public record Aggregate(
    Outcome outcome,
    VictimGroup victimGroup,
    int min,
    Integer max,
    Qualifier qualifier,
    Source source,
    List<String> incidentIds,
    String text,
    Span span) {
  /**
   * Checks the required components and the bounds; the text defaults to the span's text.
   *
   * @param outcome what happened
   * @param victimGroup whom it counts
   * @param min lower bound
   * @param max upper bound or null
   * @param qualifier how the count was qualified
   * @param source who states it
   * @param incidentIds the incidents it sums, when known
   * @param text the words of the figure
   * @param span evidence
   */
  public Aggregate {
    Checks.required(outcome, "outcome");
    Checks.required(victimGroup, "victimGroup");
    Checks.required(qualifier, "qualifier");
    Checks.required(source, "source");
    Checks.required(span, "span");
    Checks.check(min >= 0, "min %s must not be negative", min);
    Checks.check(max == null || max >= min, "max %s is below min %s", max, min);
    incidentIds = Checks.list(incidentIds, "incidentIds");
    if (text == null) {
      text = span.text();
    }
  }

  /**
   * The aggregate stated by a figure, over the given incidents.
   *
   * @param f the figure stating the total
   * @param incidentIds the incidents it sums
   * @return the aggregate
   */
  public static Aggregate of(CasualtyFigure f, List<String> incidentIds) {
    return new Aggregate(f.outcome(), f.victimGroup(), f.min(), f.max(), f.qualifier(), f.source(),
        incidentIds, f.span().text(), f.span());
  }
}
