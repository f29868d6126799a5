package dev.incidents.core.model;

/** The kind of party an actor is. Constants are spelled as the JSON contract spells them. */
public enum ActorType {
  /** army, police or other forces of a state */
  STATE_FORCE,
  /** a non-state armed group */
  ARMED_GROUP,
  /** civilians */
  CIVILIANS,
  /** a government or its officials */
  GOVERNMENT,
  /** any other party */
  OTHER
}
