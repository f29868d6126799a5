package dev.incidents.core.model;

/** Whom a casualty figure counts. Constants are spelled as the JSON contract spells them. */
public enum VictimGroup {
  /** soldiers, police and other security forces */
  SECURITY_FORCES,
  /** members of armed groups */
  MILITANTS,
  /** civilians */
  CIVILIANS,
  /** government officials */
  OFFICIALS,
  /** a group the text does not say */
  UNKNOWN
}
