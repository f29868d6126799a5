package dev.incidents.core.model;

/** The kind of party that states a figure. Constants are spelled as the JSON contract spells them. */
public enum SourceType {
  GOVERNMENT, MILITARY, POLICE, ARMED_GROUP, MEDIA, WITNESS, OTHER, UNATTRIBUTED
}
