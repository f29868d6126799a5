package dev.incidents.examples.eval;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.Total;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores one extraction result against one gold record, field by field. A field is scored only
 * when the gold record codes it; "current incidents" are those not flagged historical.
 *
 * <ul>
 *   <li>date (gold {@code date_precision == "day"}): the first current incident's
 *       {@code date.start} equals the gold date.
 *   <li>admin1 (gold admin1 not null): the {@code admin1} of some location of the first current
 *       incident equals the gold admin1 after {@link Names#admin1Key normalisation}.
 *   <li>location (gold city_or_location not null): the name, text, site or admin2 of some location
 *       of any current incident {@link Names#locationMatches matches} the gold location.
 *   <li>killed / injured (gold not null): the sum of {@code totals[outcome].best} over current
 *       incidents equals the gold count (no incident or no total counts as 0).
 *   <li>perpetrator (gold {@link Names#namesGroup names a group}): the name or an alias of some
 *       PERPETRATOR actor of a current incident {@link Names#groupsMatch matches} the gold name.
 * </ul>
 */
public final class Scorer {
  /**
   * The scores of the fields the gold record codes, in {@link Field} order.
   *
   * @param gold the gold record
   * @param result what the extractor made of its text
   * @return the scores
   */
  public List<FieldScore> score(GoldRecord gold, ExtractionResult result) {
    List<Incident> current = result.currentIncidents();
    Incident first = current.isEmpty() ? null : current.get(0);
    List<FieldScore> scores = new ArrayList<>();
    if ("day".equalsIgnoreCase(gold.datePrecision()) && gold.date() != null) {
      scores.add(date(gold, first));
    }
    if (gold.admin1() != null) {
      scores.add(admin1(gold, first));
    }
    if (gold.cityOrLocation() != null) {
      scores.add(location(gold, current));
    }
    if (gold.killed() != null) {
      scores.add(count(Field.KILLED, gold.killed(), current, Outcome.KILLED));
    }
    if (gold.injured() != null) {
      scores.add(count(Field.INJURED, gold.injured(), current, Outcome.INJURED));
    }
    if (Names.namesGroup(gold.perpetrator())) {
      scores.add(perpetrator(gold, current));
    }
    return scores;
  }

  private static FieldScore date(GoldRecord gold, Incident first) {
    LocalDate start = first == null ? null : first.date().start();
    String got = first == null ? "no current incident" : start == null ? "unresolved" : start.toString();
    return new FieldScore(Field.DATE, start != null && start.toString().equals(gold.date().strip()), gold.date(), got);
  }

  private static FieldScore admin1(GoldRecord gold, Incident first) {
    List<String> admin1s = first == null ? List.of()
        : first.locations().stream().map(Place::admin1).filter(Objects::nonNull).distinct().toList();
    String key = Names.admin1Key(gold.admin1());
    boolean correct = !key.isEmpty() && admin1s.stream().anyMatch(a -> Names.admin1Key(a).equals(key));
    return new FieldScore(Field.ADMIN1, correct, gold.admin1(), first == null ? "no current incident" : admin1s.toString());
  }

  private static FieldScore location(GoldRecord gold, List<Incident> current) {
    Set<String> candidates = new LinkedHashSet<>();
    for (Incident i : current) {
      for (Place p : i.locations()) {
        Stream.of(p.name(), p.text(), p.site(), p.admin2()).filter(Objects::nonNull).forEach(candidates::add);
      }
    }
    boolean correct = candidates.stream().anyMatch(c -> Names.locationMatches(gold.cityOrLocation(), c));
    return new FieldScore(Field.LOCATION, correct, gold.cityOrLocation(), candidates.toString());
  }

  private static FieldScore count(Field field, int expected, List<Incident> current, Outcome outcome) {
    int sum = current.stream().flatMap(i -> i.totals().stream())
        .filter(t -> t.outcome() == outcome).mapToInt(Total::best).sum();
    return new FieldScore(field, sum == expected, Integer.toString(expected), Integer.toString(sum));
  }

  private static FieldScore perpetrator(GoldRecord gold, List<Incident> current) {
    List<Actor> perpetrators = current.stream().flatMap(i -> i.actors().stream())
        .filter(a -> a.role() == ActorRole.PERPETRATOR).toList();
    boolean correct = perpetrators.stream()
        .flatMap(a -> Stream.concat(Stream.of(a.name()), a.aliases().stream()))
        .anyMatch(n -> Names.groupsMatch(gold.perpetrator(), n));
    List<String> names = perpetrators.stream().map(Actor::name).distinct().toList();
    return new FieldScore(Field.PERPETRATOR, correct, gold.perpetrator(), names.toString());
  }
}
