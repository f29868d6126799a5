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
  /**
   * Dates what describes a person or place, not the sentence's event: "20 km from the spot where a
   * convoy was ambushed last week", "the passengers, who had voted on Sunday, ...".
   */
  ATTRIBUTE,
  /** The document's own date: header line or dateline. */
  DOCUMENT_DATE
}
