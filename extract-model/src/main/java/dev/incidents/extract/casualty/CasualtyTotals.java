package dev.incidents.extract.casualty;

import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Qualifier;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.model.Total;
import dev.incidents.core.model.VictimGroup;
import dev.incidents.core.spi.CasualtyMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Per-outcome totals of one incident's casualty figures that never count a figure twice.
 *
 * <ul>
 *   <li>Within one victim group and one source, figures overlap: a breakdown ("12 in the initial
 *       exchange … an additional 11") is a part of the larger stated figure (23), and a running
 *       total ("the death toll rose to 20") supersedes its parts. The group's value for that source
 *       is its largest figure (the upper bound for "up to N").
 *   <li>Across sources, {@code best} follows ACLED's conservative rule: the lowest figure among the
 *       named credible sources (officials, police, media, witnesses…), raised to the article's own
 *       figure when the article states more. A party's claim ({@link SourceType#ARMED_GROUP}) goes
 *       to {@code high} only.
 *   <li>Groups are summed; figures whose victims are unknown ("5 fatalities") are an overall
 *       count, so the outcome's total is the larger of the groups' sum and that count.
 *   <li>Zero statements count only when nothing else is stated for the outcome.
 *   <li>A figure whose own words say it covers several incidents ("15 people were killed across
 *       the five incidents", "in the four related attacks") is not this incident's count: the
 *       extractor marks it cumulative and the assembler makes it an aggregate when it exceeds every
 *       incident's figure; when it reaches the totals anyway (a text about one of those incidents),
 *       it only raises {@code high}, never {@code low} or {@code best}.
 * </ul>
 */
public final class CasualtyTotals {
  private static final Pattern VICTIMS = Pattern.compile("(?:the\\s+)?victims?");

  private CasualtyTotals() {}

  /**
   * The totals of the given mentions, one per outcome that has a figure, in outcome order.
   *
   * @param mentions the casualty mentions of one incident
   * @return the totals
   */
  public static List<Total> compute(List<CasualtyMention> mentions) {
    List<CasualtyFigure> figures = new ArrayList<>();
    for (CasualtyMention m : mentions) {
      figures.add(m.figure());
    }
    return computeFigures(figures);
  }

  /**
   * The totals of the given figures, one per outcome that has a figure, in outcome order.
   *
   * @param figures the casualty figures of one incident
   * @return the totals
   */
  public static List<Total> computeFigures(List<CasualtyFigure> figures) {
    List<Total> out = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      Map<String, List<CasualtyFigure>> byGroup = new java.util.TreeMap<>();
      boolean any = false;
      int spread = 0;
      for (CasualtyFigure f : figures) {
        if (f.outcome() != o) {
          continue;
        }
        any = true;
        if (overSeveralIncidents(f)) {
          spread = Math.max(spread, f.max() != null ? f.max() : f.min());
        } else if (!f.isZero()) {
          byGroup.computeIfAbsent(groupKey(f), g -> new ArrayList<>()).add(f);
        }
      }
      if (!any) {
        continue;
      }
      int low = 0;
      int best = 0;
      int high = 0;
      Band unknown = new Band(0, 0, 0);
      for (Map.Entry<String, List<CasualtyFigure>> e : byGroup.entrySet()) {
        Band b = band(e.getValue());
        if (e.getKey().equals(OVERALL)) {
          unknown = b;
        } else {
          low += b.low;
          best += b.best;
          high += b.high;
        }
      }
      best = Math.max(best, unknown.best);
      low = Math.min(Math.max(low, unknown.low), best);
      high = Math.max(Math.max(Math.max(high, unknown.high), best), spread);
      out.add(new Total(o, low, best, high));
    }
    return List.copyOf(out);
  }

  private static final String OVERALL = "";

  private static boolean overSeveralIncidents(CasualtyFigure f) {
    return !f.isZero() && RuleCasualtyExtractor.ACROSS_INCIDENTS.matcher(f.span().text()).find();
  }

  /**
   * The group a figure counts within: its victim group, or for unknown victims the words naming
   * them ("others", "VDP"); unknown victims without such words ("5 fatalities", "victims") are an
   * overall count.
   */
  private static String groupKey(CasualtyFigure f) {
    if (f.victimGroup() != VictimGroup.UNKNOWN) {
      return f.victimGroup().name();
    }
    String t = f.victimText() == null ? "" : f.victimText().toLowerCase(Locale.ROOT);
    return t.isEmpty() || VICTIMS.matcher(t).matches() ? OVERALL : "UNKNOWN/" + t;
  }

  private record Band(int low, int best, int high) {}

  private static Band band(List<CasualtyFigure> figures) {
    Map<String, Integer> named = new HashMap<>();
    int own = 0;
    int high = 0;
    for (CasualtyFigure f : figures) {
      int v = value(f);
      high = Math.max(high, f.max() != null ? f.max() : f.min());
      SourceType t = f.source().type();
      if (t == SourceType.ARMED_GROUP) {
        continue;
      }
      if (t == SourceType.UNATTRIBUTED) {
        own = Math.max(own, v);
      } else {
        named.merge(t + "/" + f.source().name().toLowerCase(Locale.ROOT), v, Math::max);
      }
    }
    if (named.isEmpty() && own == 0 && onlyArmedGroupSources(figures)) {
      // only a party's claim: it is the only figure there is, but nothing credible backs it
      int claimed = 0;
      for (CasualtyFigure f : figures) {
        claimed = Math.max(claimed, value(f));
      }
      return new Band(0, claimed, Math.max(high, claimed));
    }
    int lowestNamed = named.isEmpty() ? own : Integer.MAX_VALUE;
    for (int v : named.values()) {
      lowestNamed = Math.min(lowestNamed, v);
    }
    int best = Math.max(own, lowestNamed);
    int low = Math.min(best, lowestNamed);
    return new Band(low, best, Math.max(high, best));
  }

  private static boolean onlyArmedGroupSources(List<CasualtyFigure> figures) {
    for (CasualtyFigure f : figures) {
      if (f.source().type() != SourceType.ARMED_GROUP) {
        return false;
      }
    }
    return true;
  }

  private static int value(CasualtyFigure f) {
    if (f.qualifier() == Qualifier.MORE_THAN) {
      return Math.max(0, f.min() - 1);
    }
    return f.qualifier() == Qualifier.AT_MOST && f.max() != null ? f.max() : f.min();
  }
}
