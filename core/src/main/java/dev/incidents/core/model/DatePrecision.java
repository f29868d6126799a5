package dev.incidents.core.model;

/** How precisely an event date is known. Constants are spelled as the JSON contract spells them. */
public enum DatePrecision {
  /** known to the day */
  DAY,
  /** known to the week */
  WEEK,
  /** known to the month */
  MONTH,
  /** known to the year */
  YEAR,
  /** not known */
  UNKNOWN
}
