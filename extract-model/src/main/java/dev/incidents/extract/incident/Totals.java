package dev.incidents.extract.incident;

import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.model.Total;
import dev.incidents.core.model.VictimGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The low/best/high band per outcome of one incident's figures. Within a victim group the
 * largest credible figure is the count (smaller ones are parts of it or earlier tolls); a
 * party's own claim (an armed group's figure) only raises {@code high}. An unknown-group figure overlaps the
 * named groups, so an outcome's total is the larger of it and their sum.
 */
final class Totals {
  private Totals() {}

  static List<Total> of(List<CasualtyFigure> figures, Map<Outcome, Integer> subtract) {
    List<Total> out = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      Band named = new Band();
      Band unknown = new Band();
      boolean any = false;
      for (VictimGroup g : VictimGroup.values()) {
        Band b = band(figures, o, g);
        if (b == null) {
          continue;
        }
        any = true;
        (g == VictimGroup.UNKNOWN ? unknown : named).add(b);
      }
      if (!any) {
        continue;
      }
      int minus = subtract.getOrDefault(o, 0);
      int low = Math.max(0, Math.max(named.low, unknown.low) - minus);
      int best = Math.max(low, Math.max(named.best, unknown.best) - minus);
      int high = Math.max(best, Math.max(named.high, unknown.high) - minus);
      if (high > 0 || figures.stream().anyMatch(f -> f.outcome() == o)) {
        out.add(new Total(o, low, best, high));
      }
    }
    return out;
  }

  private static Band band(List<CasualtyFigure> figures, Outcome o, VictimGroup g) {
    Map<String, Integer> perSource = new java.util.LinkedHashMap<>();
    int high = 0;
    boolean any = false;
    for (CasualtyFigure f : figures) {
      if (f.outcome() != o || f.victimGroup() != g) {
        continue;
      }
      any = true;
      high = Math.max(high, f.max() != null ? Math.max(f.max(), f.min()) : f.min());
      if (f.source().type() == SourceType.ARMED_GROUP) {
        continue;
      }
      perSource.merge(f.source().type() + "/" + f.source().name(), f.min(), Math::max);
    }
    if (!any) {
      return null;
    }
    Band b = new Band();
    if (perSource.isEmpty()) {
      b.high = high;
      return b;
    }
    int largest = perSource.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    b.low = largest;
    b.best = largest;
    b.high = Math.max(high, perSource.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    return b;
  }

  private static final class Band {
    int low;
    int best;
    int high;

    void add(Band o) {
      low += o.low;
      best += o.best;
      high += o.high;
    }
  }

  static Map<Outcome, Integer> none() {
    return new EnumMap<>(Outcome.class);
  }
}
