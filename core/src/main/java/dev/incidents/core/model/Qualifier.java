package dev.incidents.core.model;

/** How a count was qualified in the text. Constants are spelled as the JSON contract spells them. */
public enum Qualifier {
  EXACT, AT_LEAST, MORE_THAN, AT_MOST, APPROXIMATE
}
