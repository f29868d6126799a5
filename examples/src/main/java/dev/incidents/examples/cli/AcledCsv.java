package dev.incidents.examples.cli;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.EventType;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.model.Span;
import dev.incidents.core.model.SubEventType;
import dev.incidents.core.model.Total;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ACLED-style CSV: one row per incident, background (historical) incidents included and flagged
 * at the start of {@code notes}. RFC 4180 quoting, LF line ends.
 *
 * <ul>
 *   <li>{@code event_date}: the incident's start day (ISO), empty when unresolved.
 *   <li>{@code time_precision}: DAY 1, WEEK 2, MONTH or YEAR 3, empty when unresolved.
 *   <li>{@code event_type}, {@code sub_event_type}: ACLED's spellings ("Battles", "Armed clash").
 *   <li>{@code actor1}: the first PERPETRATOR actor, else the first actor; {@code actor2}: the
 *       first TARGET actor, else the next other actor.
 *   <li>{@code admin1}, {@code admin2}, {@code location}, {@code latitude}, {@code longitude}: the
 *       first (most specific) location.
 *   <li>{@code geo_precision}: SITE, TOWN, CITY 1; DISTRICT, AREA 2; PROVINCE, COUNTRY 3; empty
 *       without a location.
 *   <li>{@code fatalities}: the best KILLED total, 0 when none is stated (as ACLED codes it).
 *   <li>{@code notes}: "historical background event; " when flagged, other totals
 *       ("injured=3; kidnapped=2; "), then the evidence sentences.
 *   <li>{@code source}: the document id.
 * </ul>
 */
public final class AcledCsv {
  /** The header columns, in order. */
  public static final List<String> COLUMNS = List.of("event_date", "time_precision", "event_type",
      "sub_event_type", "actor1", "actor2", "admin1", "admin2", "location", "latitude", "longitude",
      "geo_precision", "fatalities", "notes", "source");

  private static final Map<EventType, String> EVENT_TYPES = new EnumMap<>(Map.of(
      EventType.BATTLE, "Battles",
      EventType.EXPLOSION_REMOTE_VIOLENCE, "Explosions/Remote violence",
      EventType.VIOLENCE_AGAINST_CIVILIANS, "Violence against civilians",
      EventType.STRATEGIC_DEVELOPMENT, "Strategic developments",
      EventType.PROTEST, "Protests",
      EventType.RIOT, "Riots"));

  private static final Map<SubEventType, String> SUB_EVENT_TYPES = new EnumMap<>(SubEventType.class);

  static {
    SUB_EVENT_TYPES.put(SubEventType.ARMED_CLASH, "Armed clash");
    SUB_EVENT_TYPES.put(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "Non-state actor overtakes territory");
    SUB_EVENT_TYPES.put(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "Government regains territory");
    SUB_EVENT_TYPES.put(SubEventType.REMOTE_EXPLOSIVE_IED, "Remote explosive/landmine/IED");
    SUB_EVENT_TYPES.put(SubEventType.SUICIDE_BOMB, "Suicide bomb");
    SUB_EVENT_TYPES.put(SubEventType.GRENADE, "Grenade");
    SUB_EVENT_TYPES.put(SubEventType.AIR_DRONE_STRIKE, "Air/drone strike");
    SUB_EVENT_TYPES.put(SubEventType.SHELLING, "Shelling/artillery/missile attack");
    SUB_EVENT_TYPES.put(SubEventType.ATTACK, "Attack");
    SUB_EVENT_TYPES.put(SubEventType.ABDUCTION, "Abduction/forced disappearance");
    SUB_EVENT_TYPES.put(SubEventType.SEXUAL_VIOLENCE, "Sexual violence");
    SUB_EVENT_TYPES.put(SubEventType.ARREST, "Arrests");
    SUB_EVENT_TYPES.put(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "Looting/property destruction");
    SUB_EVENT_TYPES.put(SubEventType.PEACEFUL_PROTEST, "Peaceful protest");
    SUB_EVENT_TYPES.put(SubEventType.PROTEST_WITH_INTERVENTION, "Protest with intervention");
    SUB_EVENT_TYPES.put(SubEventType.VIOLENT_DEMONSTRATION, "Violent demonstration");
    SUB_EVENT_TYPES.put(SubEventType.MOB_VIOLENCE, "Mob violence");
    SUB_EVENT_TYPES.put(SubEventType.OTHER, "Other");
  }

  private AcledCsv() {}

  /**
   * The header line, with its line end.
   *
   * @return the header line
   */
  public static String header() {
    return line(COLUMNS);
  }

  /**
   * The rows of one result (none for a failed result or one without incidents), with line ends.
   *
   * @param result the result
   * @return the rows
   */
  public static String rows(ExtractionResult result) {
    StringBuilder out = new StringBuilder();
    for (Incident incident : result.incidents()) {
      out.append(line(row(result.document().id(), incident)));
    }
    return out.toString();
  }

  static List<String> row(String documentId, Incident incident) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(incident.date().start() == null ? "" : incident.date().start().toString());
    cells.add(timePrecision(incident.date().precision()));
    cells.add(incident.eventType() == null ? "" : EVENT_TYPES.get(incident.eventType()));
    cells.add(incident.subEventType() == null ? "" : SUB_EVENT_TYPES.get(incident.subEventType()));
    Actor actor1 = actor1(incident.actors());
    Actor actor2 = actor2(incident.actors(), actor1);
    cells.add(actor1 == null ? "" : actor1.name());
    cells.add(actor2 == null ? "" : actor2.name());
    Place place = incident.locations().isEmpty() ? null : incident.locations().get(0);
    cells.add(place == null ? "" : nullToEmpty(place.admin1()));
    cells.add(place == null ? "" : nullToEmpty(place.admin2()));
    cells.add(place == null ? "" : place.name());
    cells.add(place == null || place.lat() == null ? "" : place.lat().toString());
    cells.add(place == null || place.lon() == null ? "" : place.lon().toString());
    cells.add(place == null ? "" : geoPrecision(place.type()));
    cells.add(Integer.toString(best(incident, Outcome.KILLED)));
    cells.add(notes(incident));
    cells.add(documentId);
    return cells;
  }

  /** ACLED time precision: 1 day, 2 week, 3 month (or vaguer); empty when unresolved. */
  static String timePrecision(DatePrecision precision) {
    return switch (precision) {
      case DAY -> "1";
      case WEEK -> "2";
      case MONTH, YEAR -> "3";
      case UNKNOWN -> "";
    };
  }

  /** ACLED geo precision: 1 town or site, 2 district or area, 3 province or country. */
  static String geoPrecision(PlaceType type) {
    return switch (type) {
      case SITE, TOWN, CITY -> "1";
      case DISTRICT, AREA -> "2";
      case PROVINCE, COUNTRY -> "3";
    };
  }

  private static Actor actor1(List<Actor> actors) {
    return actors.stream().filter(a -> a.role() == ActorRole.PERPETRATOR).findFirst()
        .orElse(actors.isEmpty() ? null : actors.get(0));
  }

  private static Actor actor2(List<Actor> actors, Actor actor1) {
    return actors.stream().filter(a -> a != actor1 && a.role() == ActorRole.TARGET).findFirst()
        .orElse(actors.stream().filter(a -> a != actor1).findFirst().orElse(null));
  }

  private static int best(Incident incident, Outcome outcome) {
    return incident.totals().stream().filter(t -> t.outcome() == outcome).mapToInt(Total::best).sum();
  }

  private static String notes(Incident incident) {
    StringBuilder notes = new StringBuilder();
    if (incident.historical()) {
      notes.append("historical background event; ");
    }
    for (Total t : incident.totals()) {
      if (t.outcome() != Outcome.KILLED) {
        notes.append(t.outcome().name().toLowerCase(java.util.Locale.ROOT)).append('=').append(t.best()).append("; ");
      }
    }
    notes.append(incident.evidence().stream().map(Span::text).map(String::strip).collect(Collectors.joining(" ")));
    return notes.toString().strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  static String line(List<String> cells) {
    return cells.stream().map(AcledCsv::quote).collect(Collectors.joining(",")) + "\n";
  }

  /** RFC 4180: quote a cell holding a comma, quote, CR or LF (or edge spaces); double inner quotes. */
  static String quote(String cell) {
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
