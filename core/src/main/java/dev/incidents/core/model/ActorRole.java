package dev.incidents.core.model;

/** The part an actor plays in an incident. Constants are spelled as the JSON contract spells them. */
public enum ActorRole {
  /** the party that carried out the incident */
  PERPETRATOR,
  /** the party the incident was aimed at */
  TARGET,
  /** the party that responded to it */
  RESPONDER
}
