package dev.incidents.core.model;

/** What an event date was resolved from. Constants are spelled as the JSON contract spells them. */
public enum DateResolution {
  EXPLICIT, RELATIVE_TO_PUBLICATION, RELATIVE_TO_DATELINE, UNRESOLVED
}
