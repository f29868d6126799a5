package dev.incidents.extract.date;

/** TIMEX3 type of a temporal mention. */
public enum TemporalType {
  /** A day or a longer period, possibly with a time of day. */
  DATE,
  /** A time of day with no day. */
  TIME
}
