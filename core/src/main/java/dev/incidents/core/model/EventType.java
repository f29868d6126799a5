package dev.incidents.core.model;

/** ACLED-style event type of an incident. Constants are spelled as the JSON contract spells them. */
public enum EventType {
  BATTLE, EXPLOSION_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, STRATEGIC_DEVELOPMENT, PROTEST, RIOT
}
