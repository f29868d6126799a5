package dev.incidents.core.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One event an article reports. Build it with {@link #builder(String)}.
 *
 * @param id stable within the result: {@code "<docId>#<n>"}
 * @param eventType ACLED-style event type, or null when the text does not say what happened
 * @param subEventType ACLED-style sub-event type, or null
 * @param date when it happened
 * @param locations where, most specific first
 * @param casualties one per (outcome, victim group, source) figure the text states
 * @param actors who took part, with roles
 * @param claims responsibility claims, accusations, denials, statements
 * @param weapons normalised weapon names (IED, SMALL_ARMS, ...)
 * @param historical true for a past event mentioned as background
 * @param campaign the named operation or wave it belongs to, or null
 * @param totals per outcome, the low/best/high band over all victim groups
 * @param evidence the sentences it was built from
 */
public record Incident(
    String id,
    EventType eventType,
    SubEventType subEventType,
    EventDate date,
    List<Place> locations,
    List<CasualtyFigure> casualties,
    List<Actor> actors,
    List<Claim> claims,
    List<String> weapons,
    boolean historical,
    String campaign,
    List<Total> totals,
    List<Span> evidence) {
  /**
   * Checks the id and the date and that there is one total per outcome.
   *
   * @param id stable within the result: {@code "<docId>#<n>"}
   * @param eventType ACLED-style event type, or null when the text does not say what happened
   * @param subEventType ACLED-style sub-event type, or null
   * @param date when it happened
   * @param locations where, most specific first
   * @param casualties one per (outcome, victim group, source) figure the text states
   * @param actors who took part, with roles
   * @param claims responsibility claims, accusations, denials, statements
   * @param weapons normalised weapon names (IED, SMALL_ARMS, ...)
   * @param historical true for a past event mentioned as background
   * @param campaign the named operation or wave it belongs to, or null
   * @param totals per outcome, the low/best/high band over all victim groups
   * @param evidence the sentences it was built from
   */
  public Incident {
    Checks.required(id, "id");
    Checks.check(!id.isBlank(), "id must not be blank");
    Checks.required(date, "date");
    locations = Checks.list(locations, "locations");
    casualties = Checks.list(casualties, "casualties");
    actors = Checks.list(actors, "actors");
    claims = Checks.list(claims, "claims");
    weapons = Checks.list(weapons, "weapons");
    totals = Checks.list(totals, "totals");
    evidence = Checks.list(evidence, "evidence");
    campaign = Checks.blankToNull(campaign);
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    for (Total t : totals) {
      Checks.check(outcomes.add(t.outcome()), "one total per outcome");
    }
  }

  /**
   * A builder for an incident with the given id.
   *
   * @param id the incident id
   * @return a new builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * A builder holding this incident's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.eventType = eventType;
    b.subEventType = subEventType;
    b.date = date;
    b.locations.addAll(locations);
    b.casualties.addAll(casualties);
    b.actors.addAll(actors);
    b.claims.addAll(claims);
    b.weapons.addAll(weapons);
    b.historical = historical;
    b.campaign = campaign;
    b.totals.addAll(totals);
    b.evidence.addAll(evidence);
    return b;
  }

  /** Builds an {@link Incident}; single-valued fields may be set once only. */
  public static final class Builder {
    private String id;
    private EventType eventType;
    private SubEventType subEventType;
    private EventDate date;
    private final List<Place> locations = new ArrayList<>();
    private final List<CasualtyFigure> casualties = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<String> weapons = new ArrayList<>();
    private boolean historical;
    private String campaign;
    private final List<Total> totals = new ArrayList<>();
    private final List<Span> evidence = new ArrayList<>();

    private Builder(String id) {
      this.id = Checks.required(id, "id");
    }

    /**
     * Replaces the id (used when incidents are renumbered).
     *
     * @param id the new id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Checks.required(id, "id");
      return this;
    }

    /**
     * Sets the event type and sub-event type.
     *
     * @param eventType the event type, or null
     * @param subEventType the sub-event type, or null
     * @return this builder
     */
    public Builder type(EventType eventType, SubEventType subEventType) {
      Checks.check(this.eventType == null, "event type was already set to %s", this.eventType);
      this.eventType = eventType;
      this.subEventType = subEventType;
      return this;
    }

    /**
     * Sets the date.
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(EventDate date) {
      Checks.check(this.date == null, "date was already set to %s", this.date);
      this.date = Checks.required(date, "date");
      return this;
    }

    /**
     * Adds a location.
     *
     * @param p the place
     * @return this builder
     */
    public Builder addLocation(Place p) {
      locations.add(Checks.required(p, "location"));
      return this;
    }

    /**
     * Adds a casualty figure.
     *
     * @param c the figure
     * @return this builder
     */
    public Builder addCasualty(CasualtyFigure c) {
      casualties.add(Checks.required(c, "casualty"));
      return this;
    }

    /**
     * Adds an actor.
     *
     * @param a the actor
     * @return this builder
     */
    public Builder addActor(Actor a) {
      actors.add(Checks.required(a, "actor"));
      return this;
    }

    /**
     * Adds a claim.
     *
     * @param c the claim
     * @return this builder
     */
    public Builder addClaim(Claim c) {
      claims.add(Checks.required(c, "claim"));
      return this;
    }

    /**
     * Adds a weapon unless it is already listed.
     *
     * @param w the normalised weapon name
     * @return this builder
     */
    public Builder addWeapon(String w) {
      if (!weapons.contains(Checks.required(w, "weapon"))) {
        weapons.add(w);
      }
      return this;
    }

    /**
     * Sets whether the incident is background.
     *
     * @param historical true for a past event
     * @return this builder
     */
    public Builder historical(boolean historical) {
      this.historical = historical;
      return this;
    }

    /**
     * Sets the campaign.
     *
     * @param campaign the named operation or wave, or null
     * @return this builder
     */
    public Builder campaign(String campaign) {
      Checks.check(this.campaign == null, "campaign was already set to %s", this.campaign);
      this.campaign = campaign;
      return this;
    }

    /**
     * Adds a total.
     *
     * @param t the total
     * @return this builder
     */
    public Builder addTotal(Total t) {
      totals.add(Checks.required(t, "total"));
      return this;
    }

    /**
     * Adds an evidence span unless it is already listed.
     *
     * @param s the span
     * @return this builder
     */
    public Builder addEvidence(Span s) {
      if (!evidence.contains(Checks.required(s, "evidence"))) {
        evidence.add(s);
      }
      return this;
    }

    /**
     * Builds the incident; the date defaults to {@link EventDate#unknown()}.
     *
     * @return the incident
     */
    public Incident build() {
      return new Incident(id, eventType, subEventType, date == null ? EventDate.unknown() : date,
          locations, casualties, actors, claims, weapons, historical, campaign, totals, evidence);
    }
  }
}
