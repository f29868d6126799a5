package dev.incidents.core.model;

import java.util.List;

/**
 * One figure the text states: how many people of a group suffered an outcome, by whose account.
 *
 * <p>Counts are ranges: "at least 18" is {@code min=18, max=null}; "12" is {@code 12..12};
 * "more than 12" is {@code 13..null}; "dozens" is {@code 24..null}. A statement of zero ("no
 * casualties") is {@code 0..0}.
 *
 * @param outcome what happened to them
 * @param victimGroup whom the figure counts
 * @param victimText the words naming them ("police officers"), or null
 * @param min lower bound of the count
 * @param max upper bound, or null when open
 * @param qualifier how the count was qualified
 * @param source who states it
 * @param named names of victims when given
 * @param span evidence
 */
public record CasualtyFigure(
    Outcome outcome,
    VictimGroup victimGroup,
    String victimText,
    int min,
    Integer max,
    Qualifier qualifier,
    Source source,
    List<String> named,
    Span span) {
  /**
   * Checks the required components and the bounds and normalises the optional ones.
   *
   * @param outcome what happened to them
   * @param victimGroup whom the figure counts
   * @param victimText the words naming them ("police officers"), or null
   * @param min lower bound of the count
   * @param max upper bound, or null when open
   * @param qualifier how the count was qualified
   * @param source who states it
   * @param named names of victims when given
   * @param span evidence
   */
  public CasualtyFigure {
    Checks.required(outcome, "outcome");
    Checks.required(victimGroup, "victimGroup");
    Checks.required(qualifier, "qualifier");
    Checks.required(source, "source");
    Checks.required(span, "span");
    Checks.check(min >= 0, "min %s must not be negative", min);
    Checks.check(max == null || max >= min, "max %s is below min %s", max, min);
    victimText = Checks.blankToNull(victimText);
    named = Checks.list(named, "named");
  }

  /**
   * Whether the figure states that nobody suffered the outcome.
   *
   * @return true for a statement of zero
   */
  public boolean isZero() {
    return max != null && max == 0;
  }
}
