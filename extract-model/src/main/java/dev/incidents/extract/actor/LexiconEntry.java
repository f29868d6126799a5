package dev.incidents.extract.actor;

import dev.incidents.core.model.ActorType;
import java.util.List;
import java.util.Objects;

/**
 * One party of the {@link ActorLexicon}.
 *
 * @param name canonical name ("Baloch Liberation Army")
 * @param type kind of party
 * @param country the country it belongs to or mostly operates in, or null; used to choose between
 *     two parties sharing an acronym
 * @param aliases other names ("BLA", "Balochistan Liberation Army")
 * @param units names of its units ("Majeed Brigade"); a unit's mention is a mention of the party
 * @param generic true for a kind of party rather than a named one ("gunmen", "security forces")
 * @param unknown true for a generic word that says the party is not known ("gunmen", "militants")
 * @param metonym true for a capital standing for its government ("New Delhi"): read as an actor
 *     only before a verb of speech ("New Delhi has denied")
 */
public record LexiconEntry(String name, ActorType type, String country, List<String> aliases,
    List<String> units, boolean generic, boolean unknown, boolean metonym) {
  /**
   * Checks the name and type and copies the lists; a blank or "-" country becomes null.
   *
   * @param name canonical name ("Baloch Liberation Army")
   * @param type kind of party
   * @param country the country it belongs to or mostly operates in, or null; used to choose between
   *     two parties sharing an acronym
   * @param aliases other names ("BLA", "Balochistan Liberation Army")
   * @param units names of its units ("Majeed Brigade"); a unit's mention is a mention of the party
   * @param generic true for a kind of party rather than a named one ("gunmen", "security forces")
   * @param unknown true for a generic word that says the party is not known ("gunmen", "militants")
   * @param metonym true for a capital standing for its government ("New Delhi"): read as an actor
   *     only before a verb of speech ("New Delhi has denied")
   */
  public LexiconEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an actor name must not be blank");
    }
    country = country == null || country.isBlank() || country.equals("-") ? null : country;
    aliases = List.copyOf(aliases);
    units = List.copyOf(units);
  }

  /**
   * A named party with aliases and no units.
   *
   * @param name canonical name
   * @param type kind of party
   * @param country the country it belongs to, or null
   * @param aliases other names
   * @return the entry
   */
  public static LexiconEntry of(String name, ActorType type, String country, String... aliases) {
    return new LexiconEntry(name, type, country, List.of(aliases), List.of(), false, false, false);
  }

  /**
   * This entry with these units.
   *
   * @param units names of its units
   * @return the copy
   */
  public LexiconEntry withUnits(String... units) {
    return new LexiconEntry(name, type, country, aliases, List.of(units), generic, unknown, metonym);
  }
}
