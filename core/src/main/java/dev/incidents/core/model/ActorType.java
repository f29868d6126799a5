package dev.incidents.core.model;

/** The kind of party an actor is. Constants are spelled as the JSON contract spells them. */
public enum ActorType {
  STATE_FORCE, ARMED_GROUP, CIVILIANS, GOVERNMENT, OTHER
}
