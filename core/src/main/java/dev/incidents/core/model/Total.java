package dev.incidents.core.model;

/**
 * A UCDP-style band for one outcome of one incident, over all victim groups.
 *
 * @param outcome the outcome
 * @param low the lowest credible total
 * @param best the best estimate (ACLED's conservative rule: the lowest credible figure when
 *     sources differ)
 * @param high the highest total, including figures claimed by a party
 */
public record Total(Outcome outcome, int low, int best, int high) {
  /**
   * Checks that {@code 0 <= low <= best <= high}.
   *
   * @param outcome the outcome
   * @param low the lowest credible total
   * @param best the best estimate (ACLED's conservative rule: the lowest credible figure when
   *     sources differ)
   * @param high the highest total, including figures claimed by a party
   */
  public Total {
    Checks.required(outcome, "outcome");
    Checks.check(0 <= low && low <= best && best <= high,
        "a total needs 0 <= low <= best <= high, got %s, %s, %s", low, best, high);
  }
}
