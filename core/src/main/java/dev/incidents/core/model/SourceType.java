package dev.incidents.core.model;

/** The kind of party that states a figure. Constants are spelled as the JSON contract spells them. */
public enum SourceType {
  /** government officials */
  GOVERNMENT,
  /** the military */
  MILITARY,
  /** the police */
  POLICE,
  /** an armed group */
  ARMED_GROUP,
  /** a news outlet */
  MEDIA,
  /** a witness */
  WITNESS,
  /** any other party */
  OTHER,
  /** the article's own voice */
  UNATTRIBUTED
}
