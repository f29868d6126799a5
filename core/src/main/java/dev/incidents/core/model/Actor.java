package dev.incidents.core.model;

import java.util.List;

/**
 * A party taking part in an incident.
 *
 * @param name canonical name ("Baloch Liberation Army")
 * @param aliases other names for the same party ("BLA")
 * @param unit the unit named in the text ("Special Tactical Operations Squad"), or null
 * @param type kind of party
 * @param role the part it plays in the incident
 * @param span evidence
 */
public record Actor(String name, List<String> aliases, String unit, ActorType type, ActorRole role, Span span) {
  /**
   * Checks the required components and normalises the optional ones.
   *
   * @param name canonical name ("Baloch Liberation Army")
   * @param aliases other names for the same party ("BLA")
   * @param unit the unit named in the text ("Special Tactical Operations Squad"), or null
   * @param type kind of party
   * @param role the part it plays in the incident
   * @param span evidence
   */
  public Actor {
    Checks.required(name, "name");
    Checks.required(type, "type");
    Checks.required(role, "role");
    Checks.required(span, "span");
    aliases = Checks.list(aliases, "aliases");
    unit = Checks.blankToNull(unit);
  }
}
