package dev.incidents.core.model;

/** Whom a casualty figure counts. Constants are spelled as the JSON contract spells them. */
public enum VictimGroup {
  SECURITY_FORCES, MILITANTS, CIVILIANS, OFFICIALS, UNKNOWN
}
