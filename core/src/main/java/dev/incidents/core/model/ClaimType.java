package dev.incidents.core.model;

/** The kind of attributed claim. Constants are spelled as the JSON contract spells them. */
public enum ClaimType {
  RESPONSIBILITY, CASUALTY_FIGURE, ACCUSATION, DENIAL, STATEMENT
}
