package dev.incidents.examples.eval;

import java.util.Locale;

/** The fields the evaluation scores, in report order. */
public enum Field {
  /** the event date */
  DATE,
  /** the first-level administrative unit */
  ADMIN1,
  /** the city or location */
  LOCATION,
  /** the number killed */
  KILLED,
  /** the number injured */
  INJURED,
  /** the perpetrating group */
  PERPETRATOR;

  /**
   * The lower-case name used in reports.
   *
   * @return the key
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
