package dev.incidents.extract.incident;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Claim;
import dev.incidents.core.model.ClaimType;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.EventType;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.model.SubEventType;
import dev.incidents.core.model.VictimGroup;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.spi.ClaimMention;
import dev.incidents.core.spi.DateMention;
import dev.incidents.core.spi.PlaceMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.extract.date.EventDates;
import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.ReferenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Gathers the facts of a segment's sentences into an incident builder. */
final class IncidentFacts {
  private final AnalyzedText text;
  private final SentenceFacts sf;
  private final Segmenter segmenter;
  private final EventTypeRules rules;

  private final ReferenceContext context;

  IncidentFacts(AnalyzedText text, SentenceFacts sf, Segmenter segmenter, EventTypeRules rules,
      ReferenceContext context) {
    this.context = context;
    this.text = text;
    this.sf = sf;
    this.segmenter = segmenter;
    this.rules = rules;
  }

  void fill(Incident.Builder b, Segment seg, Segment inherited, Segment lead, List<CasualtyFigure> figures,
      boolean takesLeadClaims) {
    Set<Integer> own = seg.sentences;
    Set<Integer> withInherited = new TreeSet<>(own);
    if (inherited != null) {
      withInherited.addAll(inherited.sentences);
    }
    figures.forEach(b::addCasualty);
    own.forEach(s -> b.addEvidence(text.span(text.sentences().get(s))));
    b.date(date(seg, inherited, lead));
    List<Place> places = places(own);
    if (seg.kind == Segment.Kind.LEAD && !partPlaces.isEmpty()) {
      List<Place> rest = new ArrayList<>();
      for (Place p : places) {
        if (!PlaceKeys.isSpecific(p) || !PlaceKeys.coveredBy(p, partPlaces)) {
          rest.add(p);
        }
      }
      places = prune(rest.isEmpty() ? places : rest);
    } else {
      places = prune(places);
    }
    places.forEach(b::addLocation);
    List<Actor> actors = actors(own);
    if (seg.kind == Segment.Kind.PART && !seg.otherDay) {
      Set<Integer> from = inherited != null ? inherited.sentences : lead != null ? lead.sentences : Set.of();
      if (!anyNamedPerpetrator(actors)) {
        for (Actor a : actors(from)) {
          if (a.role() == ActorRole.PERPETRATOR) {
            actors.add(a);
          }
        }
        actors = roles(actors);
      }
    }
    List<Claim> claims = new ArrayList<>();
    Set<Integer> claimSentences = new TreeSet<>(own);
    if (inherited != null && takesLeadClaims) {
      claimSentences.addAll(inherited.sentences);
    }
    for (int s : claimSentences) {
      sf.claims.get(s).forEach(c -> claims.add(c.claim()));
    }
    claims.forEach(b::addClaim);
    ensureClaimedPerpetrators(actors, claims, withInherited);
    actors.forEach(b::addActor);
    List<EventTypeRules.Matches> events = new ArrayList<>();
    for (int s : own) {
      if (segmenter.isEvent(s)) {
        events.add(segmenter.typeMatches(s));
      }
    }
    EventTypeRules.Decision d = rules.decide(events);
    EventType type = d.eventType();
    SubEventType sub = d.subEventType();
    if (type == EventType.VIOLENCE_AGAINST_CIVILIANS && sub == SubEventType.ATTACK && hitsArmedParty(figures)) {
      type = EventType.BATTLE;
      sub = SubEventType.ARMED_CLASH;
    }
    if (type == null && !figures.isEmpty()) {
      boolean civilians = true;
      for (CasualtyFigure f : figures) {
        civilians &= f.victimGroup() == VictimGroup.CIVILIANS;
      }
      type = civilians ? EventType.VIOLENCE_AGAINST_CIVILIANS : EventType.BATTLE;
      sub = civilians ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
    }
    if (type != null) {
      b.type(type, sub);
    }
    d.weapons().forEach(b::addWeapon);
  }

  private static boolean hitsArmedParty(List<CasualtyFigure> figures) {
    for (CasualtyFigure f : figures) {
      if ((f.victimGroup() == VictimGroup.SECURITY_FORCES || f.victimGroup() == VictimGroup.MILITANTS)
          && f.outcome() == Outcome.KILLED && !f.isZero()) {
        return true;
      }
    }
    return false;
  }

  private EventDate date(Segment seg, Segment inherited, Segment lead) {
    if (seg.otherDay) {
      return EventDate.unknown();
    }
    EventDate own = firstDate(seg.sentences, seg.kind == Segment.Kind.HISTORICAL);
    if (own == null && inherited != null) {
      own = firstDate(inherited.sentences, false);
    }
    if (own == null && lead != null && seg.kind == Segment.Kind.PART) {
      own = firstDate(lead.sentences, false);
    }
    if (own != null && seg.kind != Segment.Kind.HISTORICAL && staleCoarse(own)) {
      own = null;
    }
    if (own == null && seg.kind == Segment.Kind.LEAD) {
      Set<Integer> before = new TreeSet<>();
      for (int s = 0; s < Math.min(seg.first(), text.sentences().size()); s++) {
        before.add(s);
      }
      own = firstDate(before, false);
      if (own != null && staleCoarse(own)) {
        own = null;
      }
    }
    boolean timeOnly = own != null && !own.isResolved() && own.weekday() == null && own.timeOfDay() != null;
    if ((own == null || timeOnly) && seg.kind != Segment.Kind.HISTORICAL && context.dateline() != null
        && context.dateline().date() != null) {
      // No day at all, or only a time of day ("at noon"): the event is on or before the dateline's day.
      LocalDate d = context.dateline().date();
      own = new EventDate(d, d, DatePrecision.DAY, d.getDayOfWeek(), timeOnly ? own.timeOfDay() : null, null,
          DateResolution.RELATIVE_TO_DATELINE, null);
    }
    return own == null ? EventDate.unknown() : own;
  }

  /** A year or month that ended well before the report ("since 1985") does not date the news. */
  private boolean staleCoarse(EventDate d) {
    LocalDate anchor = context.anchor();
    return d.isResolved() && anchor != null
        && (d.precision() == DatePrecision.YEAR || d.precision() == DatePrecision.MONTH)
        && d.end().isBefore(anchor.minusDays(31));
  }

  /** The first date of the sentences (background dates for historical segments), with its time and range end. */
  private EventDate firstDate(Set<Integer> sentences, boolean background) {
    List<DateMention> all = new ArrayList<>();
    for (int s : sentences) {
      for (DateMention d : sf.dates.get(s)) {
        if (d.background() == background) {
          all.add(d);
        }
      }
    }
    EventDate day = null;
    String time = null;
    for (DateMention m : all) {
      EventDate d = m.date();
      if (coversDateline(d)) {
        continue;
      }
      boolean dayLike = d.isResolved() || d.weekday() != null || d.text() != null && d.timeOfDay() == null;
      if (day == null && dayLike) {
        day = d;
      } else if (day != null && d.isResolved() && day.isResolved() && d.start().isAfter(day.end())
          && precededBy(d, UNTIL)) {
        day = EventDates.span(day, d);
      }
      if (time == null && d.timeOfDay() != null) {
        time = d.timeOfDay();
      }
    }
    if (day == null && time != null) {
      DateMention first = all.stream().filter(m -> m.date().timeOfDay() != null).findFirst().orElseThrow();
      return first.date();
    }
    if (day != null && day.timeOfDay() == null && time != null) {
      day = new EventDate(day.start(), day.end(), day.precision(), day.weekday(), time, day.text(),
          day.resolvedFrom(), day.span());
    }
    return day;
  }

  /**
   * A week, month or year that contains the dateline's day ("this week", "so far this year") says
   * no more than the report's own date: it does not date an incident.
   */
  private boolean coversDateline(EventDate d) {
    if (!d.isResolved() || context.dateline() == null || context.dateline().date() == null
        || (d.precision() != DatePrecision.WEEK && d.precision() != DatePrecision.MONTH
            && d.precision() != DatePrecision.YEAR)) {
      return false;
    }
    LocalDate day = context.dateline().date();
    return !d.start().isAfter(day) && !d.end().isBefore(day);
  }

  /** A date range's end word right before a date: "by", "until", "through", "to". */
  private static final java.util.regex.Pattern UNTIL =
      java.util.regex.Pattern.compile("(?s).*\\b(?:by|until|through|to)\\s+$");

  private boolean precededBy(EventDate d, java.util.regex.Pattern words) {
    if (d.span() == null) {
      return false;
    }
    String original = text.aligned().original();
    String before = original.substring(Math.max(0, d.span().start() - 10), d.span().start());
    return words.matcher(before).matches();
  }

  private final List<Place> partPlaces = new ArrayList<>();

  /** The places of the wave's parts: the lead keeps only the places they do not report. */
  void setPartPlaces(List<Segment> parts) {
    partPlaces.clear();
    for (Segment p : parts) {
      for (Place place : places(p.sentences)) {
        if (PlaceKeys.isSpecific(place)) {
          partPlaces.add(place);
        }
      }
    }
  }

  private List<Place> places(Set<Integer> sentences) {
    List<Place> out = new ArrayList<>();
    for (int s : sentences) {
      for (PlaceMention m : sf.places.get(s)) {
        if (m.confidence() < SentenceFacts.MIN_PLACE_CONFIDENCE) {
          continue;
        }
        Place p = m.place();
        if (!containsSamePlace(out, p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static boolean containsSamePlace(List<Place> places, Place p) {
    for (Place o : places) {
      if (samePlace(o, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code p} contains another of {@code places}. */
  private static boolean containsAnother(List<Place> places, Place p) {
    for (Place o : places) {
      if (o != p && contains(p, o)) {
        return true;
      }
    }
    return false;
  }

  /** Drops containers of other places and orders the rest most specific first. */
  private static List<Place> prune(List<Place> out) {
    List<Place> kept = new ArrayList<>();
    for (Place p : out) {
      if (!containsAnother(out, p)) {
        kept.add(p);
      }
    }
    kept.sort(Comparator.comparingInt(IncidentFacts::specificity));
    return kept;
  }

  private static boolean samePlace(Place a, Place b) {
    if (a.gazetteerId() != null && a.gazetteerId().equals(b.gazetteerId())) {
      return a.site() == null && b.site() == null || java.util.Objects.equals(a.site(), b.site());
    }
    return a.name().equalsIgnoreCase(b.name()) && java.util.Objects.equals(a.site(), b.site());
  }

  /** Whether {@code outer} is a broader unit that {@code inner} lies in. */
  private static boolean contains(Place outer, Place inner) {
    if (specificity(outer) <= specificity(inner)) {
      return false;
    }
    if (outer.type() == PlaceType.COUNTRY) {
      return outer.countryCode() != null && outer.countryCode().equals(inner.countryCode());
    }
    if (outer.type() == PlaceType.PROVINCE) {
      return outer.name().equalsIgnoreCase(String.valueOf(inner.admin1()));
    }
    if (outer.type() == PlaceType.DISTRICT) {
      return PlaceKeys.norm(outer.name()).equals(PlaceKeys.norm(String.valueOf(inner.admin2())));
    }
    return inner.site() != null && outer.site() == null && PlaceKeys.sameArea(outer, inner);
  }

  private static int specificity(Place p) {
    if (p.site() != null) {
      return 0;
    }
    return switch (p.type()) {
      case SITE -> 0;
      case AREA -> 1;
      case TOWN -> 2;
      case CITY -> 3;
      case DISTRICT -> 4;
      case PROVINCE -> 5;
      case COUNTRY -> 6;
    };
  }

  private static boolean namesAny(Actor a, List<String> accused) {
    for (String t : accused) {
      if (names(a, t)) {
        return true;
      }
    }
    return false;
  }

  private List<Actor> actors(Set<Integer> sentences) {
    Map<String, Actor> byKey = new LinkedHashMap<>();
    for (int s : sentences) {
      List<String> accused = new ArrayList<>();
      for (ClaimMention c : sf.claims.get(s)) {
        if (c.claim().type() == ClaimType.ACCUSATION) {
          accused.add(c.claim().claimant() + " | " + c.claim().target());
        }
      }
      for (ActorMention m : sf.actors.get(s)) {
        Actor a = m.actor();
        if (!accused.isEmpty() && a.role() == ActorRole.PERPETRATOR && !namesAny(a, accused)) {
          continue; // a third party named in another's accusation is not thereby a perpetrator
        }
        String key = a.name() + "/" + a.role();
        Actor old = byKey.get(key);
        if (old == null) {
          byKey.put(key, a);
        } else if (old.unit() == null && a.unit() != null) {
          byKey.put(key, new Actor(old.name(), old.aliases(), a.unit(), old.type(), old.role(), old.span()));
        }
      }
    }
    return roles(new ArrayList<>(byKey.values()));
  }

  /**
   * One role per actor (perpetrator over responder over target), and generic perpetrators
   * ("gunmen", "militants") left out when a named group is the perpetrator.
   */
  private static List<Actor> roles(List<Actor> actors) {
    Map<String, Actor> byName = new LinkedHashMap<>();
    for (Actor a : actors) {
      Actor old = byName.get(a.name());
      if (old == null || rank(a.role()) < rank(old.role())) {
        byName.put(a.name(), old == null || a.unit() != null || old.unit() == null ? a
            : new Actor(a.name(), a.aliases(), old.unit(), a.type(), a.role(), a.span()));
      }
    }
    List<Actor> out = new ArrayList<>(byName.values());
    if (anyNamedPerpetrator(out)) {
      out.removeIf(a -> a.role() == ActorRole.PERPETRATOR && isGeneric(a));
    }
    return out;
  }

  private static boolean names(Actor a, String target) {
    String t = target.toLowerCase(java.util.Locale.ROOT);
    return t.contains(a.name().toLowerCase(java.util.Locale.ROOT))
        || anyAliasIn(a, t);
  }

  private static boolean anyAliasIn(Actor a, String lowerCased) {
    for (String x : a.aliases()) {
      if (lowerCased.contains(x.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a perpetrator among {@code actors} is named, not a generic "gunmen". */
  private static boolean anyNamedPerpetrator(List<Actor> actors) {
    for (Actor a : actors) {
      if (a.role() == ActorRole.PERPETRATOR && !isGeneric(a)) {
        return true;
      }
    }
    return false;
  }

  private static int rank(ActorRole r) {
    return switch (r) {
      case PERPETRATOR -> 0;
      case RESPONDER -> 1;
      case TARGET -> 2;
    };
  }

  private static boolean isGeneric(Actor a) {
    return GENERIC.matcher(a.name()).find();
  }

  private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile(
      "(?i)^(?:unidentified|unknown|suspected|armed)\\b|^(?:militants|gunmen|separatists|insurgents|rebels|attackers|"
          + "assailants|terrorists|fighters|suicide bombers?)$");

  /** A group claiming responsibility is a perpetrator of the incident. */
  private void ensureClaimedPerpetrators(List<Actor> actors, List<Claim> claims, Set<Integer> sentences) {
    for (Claim c : claims) {
      if (c.type() != ClaimType.RESPONSIBILITY) {
        continue;
      }
      boolean known = false;
      for (Actor a : actors) {
        known |= a.role() == ActorRole.PERPETRATOR
            && (a.name().equals(c.claimant()) || a.aliases().contains(c.claimant()));
      }
      if (known) {
        continue;
      }
      for (int s = 0; s < sf.actors.size() && !known; s++) {
        for (ActorMention m : sf.actors.get(s)) {
          Actor a = m.actor();
          if (a.type() == ActorType.ARMED_GROUP && (a.name().equals(c.claimant()) || a.aliases().contains(c.claimant()))) {
            actors.add(new Actor(a.name(), a.aliases(), a.unit(), a.type(), ActorRole.PERPETRATOR, a.span()));
            known = true;
            break;
          }
        }
      }
    }
  }
}
