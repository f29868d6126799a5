package dev.incidents.core.model;

/** The part an actor plays in an incident. Constants are spelled as the JSON contract spells them. */
public enum ActorRole {
  PERPETRATOR, TARGET, RESPONDER
}
