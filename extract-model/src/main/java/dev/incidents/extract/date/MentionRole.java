package dev.incidents.extract.date;

/** What a temporal mention does in its sentence. */
public enum MentionRole {
  /** Dates something that happened (or will happen). */
  EVENT,
  /** Opens a period: "since February 25", "from 3 March". */
  RANGE_START,
  /** Closes a period: "by February 26", "until 5 March". */
  RANGE_END,
  /** Dates a report or statement, not the event: "police said yesterday". */
  REPORTING,
  /** The document's own date: header line or dateline. */
  DOCUMENT_DATE
}
