package dev.incidents.core.model;

/** What happened to the people a casualty figure counts. Constants are spelled as the JSON contract spells them. */
public enum Outcome {
  /** killed */
  KILLED,
  /** injured */
  INJURED,
  /** kidnapped or abducted */
  KIDNAPPED,
  /** arrested or detained */
  ARRESTED,
  /** missing */
  MISSING
}
