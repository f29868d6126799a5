package dev.incidents.seeds;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.Aggregate;
import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Claim;
import dev.incidents.core.model.ClaimType;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.Qualifier;
import dev.incidents.core.model.Total;
import dev.incidents.core.model.VictimGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Queries over a result in the words of the seed-facts sheet. */
final class Facts {
  static final String BLA = "(?i)balo?ch(istan)? liberation army|\\bBLA\\b";

  private final ExtractionResult r;

  Facts(ExtractionResult r) {
    this.r = r;
  }

  List<Incident> current() {
    return r.currentIncidents();
  }

  List<EventDate> dates() {
    return current().stream().map(Incident::date).toList();
  }

  static String placeWords(Incident i) {
    List<String> w = new ArrayList<>();
    for (Place p : i.locations()) {
      w.add(p.name());
      w.add(Objects.toString(p.site(), ""));
      w.add(Objects.toString(p.admin2(), ""));
      w.add(p.text());
    }
    return String.join(" | ", w);
  }

  static boolean at(Incident i, String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(placeWords(i)).find();
  }

  List<Incident> at(String regex) {
    return current().stream().filter(i -> at(i, regex)).toList();
  }

  /** A figure matching the arguments in the current incidents (at {@code where}), or in the aggregates when no place is asked. */
  boolean hasFigure(Outcome outcome, VictimGroup group, Integer min, Integer max, boolean anyMax,
      Set<Qualifier> qualifiers, String source, String where) {
    List<Incident> incs = where == null ? current() : at(where);
    List<Object[]> figs = new ArrayList<>();
    for (Incident i : incs) {
      for (CasualtyFigure c : i.casualties()) {
        figs.add(new Object[] {c.outcome(), c.victimGroup(), c.min(), c.max(), c.qualifier(),
            c.source().name() + " " + c.source().type()});
      }
    }
    if (where == null) {
      for (Aggregate a : r.aggregates()) {
        figs.add(new Object[] {a.outcome(), a.victimGroup(), a.min(), a.max(), a.qualifier(),
            a.source().name() + " " + a.source().type()});
      }
    }
    for (Object[] f : figs) {
      if (f[0] != outcome || (group != null && f[1] != group) || (min != null && !min.equals(f[2]))
          || (!anyMax && !Objects.equals(max, f[3])) || (qualifiers != null && !qualifiers.contains(f[4]))
          || (source != null && !Pattern.compile(source, Pattern.CASE_INSENSITIVE).matcher((String) f[5]).find())) {
        continue;
      }
      return true;
    }
    return false;
  }

  int totalBest(Outcome outcome) {
    int s = 0;
    for (Incident i : current()) {
      for (Total t : i.totals()) {
        if (t.outcome() == outcome) {
          s += t.best();
        }
      }
    }
    return s;
  }

  List<Actor> actors(ActorRole role, List<Incident> incs) {
    return incs.stream().flatMap(i -> i.actors().stream()).filter(a -> role == null || a.role() == role).toList();
  }

  List<Actor> actors(ActorRole role) {
    return actors(role, current());
  }

  static boolean actorIs(Actor a, String regex) {
    String words = a.name() + " " + String.join(" ", a.aliases());
    return Pattern.compile(regex).matcher(words).find();
  }

  List<Claim> claims(ClaimType type) {
    return r.incidents().stream().flatMap(i -> i.claims().stream()).filter(c -> type == null || c.type() == type)
        .toList();
  }

  static boolean matches(String s, String regex) {
    return s != null && Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(s).find();
  }
}
