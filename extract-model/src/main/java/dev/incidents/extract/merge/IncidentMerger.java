package dev.incidents.extract.merge;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.Aggregate;
import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.model.Total;
import dev.incidents.core.model.VictimGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links reports of the same incident across several results: the same campaign or overlapping
 * places, on compatible dates (the same day, or the same weekday when neither is resolved), with
 * no conflicting perpetrators. Each linked event keeps every report's figures and gives their
 * band. Historical incidents are not merged.
 *
 * <pre>{@code
 * List<MergedEvent> events = new IncidentMerger().merge(List.of(result1, result2));
 * }</pre>
 */
public final class IncidentMerger {
  /**
   * Merges the current incidents of the results into events, in order of first report.
   *
   * @param results the results of several articles
   * @return the events
   */
  public List<MergedEvent> merge(List<ExtractionResult> results) {
    List<Report> reports = new ArrayList<>();
    for (ExtractionResult r : results) {
      for (Incident i : r.currentIncidents()) {
        reports.add(new Report(r, i));
      }
    }
    int n = reports.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sameEvent(reports.get(i).incident, reports.get(j).incident)) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<Report>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
    }
    List<MergedEvent> out = new ArrayList<>();
    for (List<Report> g : groups.values()) {
      out.add(event("event#" + (out.size() + 1), g));
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Whether two incidents report the same event. */
  static boolean sameEvent(Incident a, Incident b) {
    if (!compatibleDates(a.date(), b.date()) || conflictingPerpetrators(a, b)) {
      return false;
    }
    if (a.campaign() != null && b.campaign() != null) {
      return norm(a.campaign()).equals(norm(b.campaign()));
    }
    return sharePlace(a, b);
  }

  private static boolean compatibleDates(EventDate a, EventDate b) {
    if (a.isResolved() && b.isResolved()) {
      return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
    }
    if (a.isResolved() || b.isResolved()) {
      EventDate resolved = a.isResolved() ? a : b;
      EventDate other = a.isResolved() ? b : a;
      return other.weekday() != null && other.weekday() == resolved.weekday()
          && resolved.start().equals(resolved.end());
    }
    return a.weekday() != null && a.weekday() == b.weekday();
  }

  private static boolean conflictingPerpetrators(Incident a, Incident b) {
    Set<String> pa = perpetrators(a);
    Set<String> pb = perpetrators(b);
    return !pa.isEmpty() && !pb.isEmpty() && pa.stream().noneMatch(pb::contains);
  }

  private static Set<String> perpetrators(Incident i) {
    Set<String> out = new LinkedHashSet<>();
    for (Actor a : i.actors()) {
      if (a.role() == dev.incidents.core.model.ActorRole.PERPETRATOR
          && a.type() == dev.incidents.core.model.ActorType.ARMED_GROUP && !generic(a.name())) {
        out.add(a.name());
      }
    }
    return out;
  }

  private static boolean generic(String name) {
    return name.matches("(?i)(unidentified|unknown|suspected|armed)\\b.*|militants|gunmen|separatists|insurgents"
        + "|rebels|attackers|assailants|terrorists|fighters");
  }

  private static boolean sharePlace(Incident a, Incident b) {
    for (Place p : a.locations()) {
      for (Place q : b.locations()) {
        if (p.type() != PlaceType.COUNTRY && q.type() != PlaceType.COUNTRY && samePlace(p, q)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean samePlace(Place p, Place q) {
    if (p.gazetteerId() != null && p.gazetteerId().equals(q.gazetteerId())) {
      return true;
    }
    if (p.type() == PlaceType.PROVINCE || q.type() == PlaceType.PROVINCE) {
      return false;
    }
    return norm(p.name()).equals(norm(q.name()))
        || p.admin2() != null && norm(p.admin2()).equals(norm(Objects.toString(q.admin2(), "")));
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static MergedEvent event(String id, List<Report> reports) {
    List<String> ids = reports.stream().map(r -> r.incident.id()).toList();
    List<String> docs = reports.stream().map(r -> r.result.document().id()).distinct().toList();
    EventDate date = reports.stream().map(r -> r.incident.date())
        .max(Comparator.comparingInt(IncidentMerger::precisionRank)).orElse(EventDate.unknown());
    List<Place> places = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    String campaign = null;
    for (Report r : reports) {
      for (Place p : r.incident.locations()) {
        if (places.stream().noneMatch(o -> Objects.equals(o.gazetteerId(), p.gazetteerId())
            && Objects.equals(o.site(), p.site()) && o.name().equals(p.name()))) {
          places.add(p);
        }
      }
      for (Actor a : r.incident.actors()) {
        if (actors.stream().noneMatch(o -> o.name().equals(a.name()) && o.role() == a.role())) {
          actors.add(a);
        }
      }
      if (campaign == null) {
        campaign = r.incident.campaign();
      }
    }
    List<FigureBand> bands = bands(reports, docs);
    return new MergedEvent(id, ids, docs, date, places, campaign, actors, bands, totals(bands));
  }

  private static int precisionRank(EventDate d) {
    int rank = switch (d.precision()) {
      case DAY -> 5;
      case WEEK -> 4;
      case MONTH -> 3;
      case YEAR -> 2;
      case UNKNOWN -> 1;
    };
    return rank * 4 + (d.weekday() != null ? 2 : 0) + (d.timeOfDay() != null ? 1 : 0);
  }

  /**
   * Per document, the count of each outcome and group for the linked incidents: the larger of an
   * aggregate the document states over (only) these incidents and the sum of each incident's
   * largest credible figure.
   */
  private static List<FigureBand> bands(List<Report> reports, List<String> docs) {
    Map<String, List<FigureBand.ReportedCount>> byKey = new LinkedHashMap<>();
    Map<String, Integer> claimed = new LinkedHashMap<>();
    for (String doc : docs) {
      List<Report> mine = reports.stream().filter(r -> r.result.document().id().equals(doc)).toList();
      Set<String> ids = new LinkedHashSet<>();
      mine.forEach(r -> ids.add(r.incident.id()));
      ExtractionResult result = mine.get(0).result;
      Map<String, Integer> sums = new LinkedHashMap<>();
      Map<String, String> sources = new LinkedHashMap<>();
      for (Report r : mine) {
        Map<String, CasualtyFigure> largest = new LinkedHashMap<>();
        for (CasualtyFigure f : r.incident.casualties()) {
          String key = f.outcome() + "/" + f.victimGroup();
          if (f.source().type() == SourceType.ARMED_GROUP) {
            claimed.merge(key, f.min(), Math::max);
            continue;
          }
          largest.merge(key, f, (x, y) -> x.min() >= y.min() ? x : y);
        }
        largest.forEach((key, f) -> {
          sums.merge(key, f.min(), Integer::sum);
          sources.putIfAbsent(key, f.source().name());
        });
      }
      for (Aggregate a : result.aggregates()) {
        if (a.incidentIds().isEmpty() || !ids.containsAll(a.incidentIds())
            || a.source().type() == SourceType.ARMED_GROUP) {
          continue;
        }
        String key = a.outcome() + "/" + a.victimGroup();
        if (a.min() > sums.getOrDefault(key, 0)) {
          sums.put(key, a.min());
          sources.put(key, a.source().name());
        }
      }
      sums.forEach((key, count) -> byKey.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new FigureBand.ReportedCount(doc, count, sources.get(key), false)));
    }
    claimed.forEach((key, count) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()));
    List<FigureBand> out = new ArrayList<>();
    byKey.forEach((key, counts) -> {
      String[] k = key.split("/");
      int low = counts.stream().mapToInt(FigureBand.ReportedCount::count).min().orElse(0);
      int high = counts.stream().mapToInt(FigureBand.ReportedCount::count).max().orElse(0);
      out.add(new FigureBand(Outcome.valueOf(k[0]), VictimGroup.valueOf(k[1]), low, high, claimed.get(key), counts));
    });
    return out;
  }

  private static List<Total> totals(List<FigureBand> bands) {
    List<Total> out = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      int low = 0;
      int high = 0;
      boolean any = false;
      for (FigureBand b : bands) {
        if (b.outcome() == o) {
          any = true;
          low += b.low();
          high += Math.max(b.high(), b.claimed() == null ? 0 : b.claimed());
        }
      }
      if (any) {
        out.add(new Total(o, low, low, Math.max(low, high)));
      }
    }
    return out;
  }

  private record Report(ExtractionResult result, Incident incident) {}
}
