package dev.incidents.core.model;

import java.time.LocalDate;

/**
 * The dateline of an article ("Kalat, Balochistan – February 26, 2025").
 *
 * @param place the place words, or null
 * @param date the date, or null
 */
public record Dateline(String place, LocalDate date) {
  /**
   * Turns blank place words into null.
   *
   * @param place the place words, or null
   * @param date the date, or null
   */
  public Dateline {
    place = Checks.blankToNull(place);
  }
}
