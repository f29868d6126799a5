package dev.incidents.core.model;

/** How precisely an event date is known. Constants are spelled as the JSON contract spells them. */
public enum DatePrecision {
  DAY, WEEK, MONTH, YEAR, UNKNOWN
}
