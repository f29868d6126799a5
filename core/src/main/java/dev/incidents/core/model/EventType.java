package dev.incidents.core.model;

/** ACLED-style event type of an incident. Constants are spelled as the JSON contract spells them. */
public enum EventType {
  /** armed clash between organised groups */
  BATTLE,
  /** bombing, shelling, air or drone strike */
  EXPLOSION_REMOTE_VIOLENCE,
  /** violence by an organised group against unarmed people */
  VIOLENCE_AGAINST_CIVILIANS,
  /** non-violent development such as looting or arrests */
  STRATEGIC_DEVELOPMENT,
  /** demonstration */
  PROTEST,
  /** violent demonstration or mob violence */
  RIOT
}
