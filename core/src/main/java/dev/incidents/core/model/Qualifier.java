package dev.incidents.core.model;

/** How a count was qualified in the text. Constants are spelled as the JSON contract spells them. */
public enum Qualifier {
  /** an exact count */
  EXACT,
  /** "at least" */
  AT_LEAST,
  /** "more than" */
  MORE_THAN,
  /** "at most", "up to" */
  AT_MOST,
  /** "about", "nearly" */
  APPROXIMATE
}
