package dev.incidents.examples.eval;

import java.util.Locale;

/** The fields the evaluation scores, in report order. */
public enum Field {
  DATE, ADMIN1, LOCATION, KILLED, INJURED, PERPETRATOR;

  /** The lower-case name used in reports. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
