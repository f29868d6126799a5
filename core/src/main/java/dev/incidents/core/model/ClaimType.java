package dev.incidents.core.model;

/** The kind of attributed claim. Constants are spelled as the JSON contract spells them. */
public enum ClaimType {
  /** a party claims responsibility */
  RESPONSIBILITY,
  /** a party states a casualty figure */
  CASUALTY_FIGURE,
  /** a party accuses another */
  ACCUSATION,
  /** a party denies involvement */
  DENIAL,
  /** any other statement about the incident */
  STATEMENT
}
