package dev.incidents.core.model;

/** What an event date was resolved from. Constants are spelled as the JSON contract spells them. */
public enum DateResolution {
  /** stated in full by the text */
  EXPLICIT,
  /** resolved against the publication date */
  RELATIVE_TO_PUBLICATION,
  /** resolved against the dateline date */
  RELATIVE_TO_DATELINE,
  /** could not be resolved */
  UNRESOLVED
}
