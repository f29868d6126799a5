package dev.incidents.extract.incident;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.model.Aggregate;
import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Claim;
import dev.incidents.core.model.ClaimType;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.EventType;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.model.SubEventType;
import dev.incidents.core.model.Total;
import dev.incidents.core.model.VictimGroup;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.spi.Assembly;
import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.spi.ClaimMention;
import dev.incidents.core.spi.Facts;
import dev.incidents.core.spi.IncidentAssembler;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.extract.casualty.CasualtyTotals;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Groups an article's facts into incidents: the lead event, the separate attacks of a wave or
 * of a "separate incident", and historical background; states totals over several incidents as
 * aggregates, never adding them again to the incidents' own figures.
 */
public final class RuleIncidentAssembler implements IncidentAssembler {
  /** Registered name. */
  public static final String NAME = "rules";
  private static final Regex CAMPAIGN = Regex.compile("\\bOperation\\s+[A-Z][\\p{L}'-]+(?:-\\d+)?");

  private final EventTypeRules rules;

  /**
   * An assembler classifying incidents with {@code rules}.
   *
   * @param rules the event type rules
   */
  public RuleIncidentAssembler(EventTypeRules rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Assembly assemble(String documentId, AnalyzedText text, ReferenceContext context, Facts facts) {
    SentenceFacts sf = new SentenceFacts(facts, text.sentences().size());
    Segmenter segmenter = new Segmenter(text, sf, rules);
    List<Segment> segments = segmenter.segment();
    List<String> warnings = new ArrayList<>();
    if (segments.isEmpty()) {
      return new Assembly(List.of(), List.of(), warnings);
    }
    Gathered gathered = gather(segments, sf);
    List<Draft> drafts = new ArrayList<>();
    for (Segment seg : segments) {
      drafts.add(new Draft(seg, gathered.figures.get(seg)));
    }
    Draft lead = null;
    List<Draft> parts = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.segment.kind == Segment.Kind.LEAD && lead == null) {
        lead = d;
      } else if (d.segment.kind == Segment.Kind.PART) {
        parts.add(d);
      }
    }
    List<PendingAggregate> aggregates = new ArrayList<>();
    if (lead != null && !parts.isEmpty()) {
      splitLeadTotals(lead, parts, aggregates);
      if (lead.figures.isEmpty() && lead.remainderFigures.isEmpty()) {
        drafts.remove(lead);
        for (Draft p : parts) {
          p.inherited = lead.segment;
        }
      }
    }
    drafts.sort((a, b) -> Integer.compare(a.segment.first(), b.segment.first()));
    Map<Draft, String> ids = new LinkedHashMap<>();
    int n = 1;
    for (Draft d : drafts) {
      ids.put(d, documentId + "#" + n++);
    }
    List<Draft> current = new ArrayList<>();
    Draft firstInheriting = null;
    for (Draft d : drafts) {
      if (d.segment.kind != Segment.Kind.HISTORICAL) {
        current.add(d);
      }
      if (d.inherited != null && firstInheriting == null) {
        firstInheriting = d;
      }
    }
    cumulativeAggregates(gathered.cumulative, current, aggregates);
    IncidentFacts incidentFacts = new IncidentFacts(text, sf, segmenter, rules, context);
    List<Segment> partSegments = new ArrayList<>(parts.size());
    for (Draft p : parts) {
      partSegments.add(p.segment);
    }
    incidentFacts.setPartPlaces(partSegments);
    String campaign = campaign(text, sf);
    Set<Integer> used = new HashSet<>();
    for (Segment seg : segments) {
      used.addAll(seg.sentences);
    }
    Draft main = current.isEmpty() ? null : current.get(0);
    List<Incident> incidents = new ArrayList<>();
    for (Draft d : drafts) {
      Incident.Builder b = Incident.builder(ids.get(d));
      boolean historical = d.segment.kind == Segment.Kind.HISTORICAL;
      b.historical(historical);
      incidentFacts.fill(b, d.segment, d.inherited, lead != null ? lead.segment : null, d.figures,
          d.inherited != null && d == firstInheriting);
      if (d == main) {
        for (int s = 0; s < text.sentences().size(); s++) {
          if (!used.contains(s)) {
            sf.claims.get(s).forEach(c -> b.addClaim(c.claim()));
          }
        }
      }
      if (!historical && campaign != null) {
        b.campaign(campaign);
      }
      List<CasualtyFigure> counted = new ArrayList<>(d.figures);
      counted.addAll(d.remainderFigures);
      CasualtyTotals.computeFigures(counted).forEach(b::addTotal);
      incidents.add(b.build());
    }
    List<Aggregate> out = new ArrayList<>();
    for (PendingAggregate p : aggregates) {
      List<String> aggIds = new ArrayList<>();
      for (Draft d : p.over) {
        if (ids.containsKey(d)) {
          aggIds.add(ids.get(d));
        }
      }
      out.add(Aggregate.of(p.figure, aggIds));
    }
    if (context.anchor() == null && anyUnanchoredWeekday(incidents)) {
      warnings.add("date left unresolved: the text names a weekday but gives no publication date or dateline");
    }
    return new Assembly(incidents, out, warnings);
  }

  /** Figures of each segment, with repeats across segments dropped and cumulative totals set apart. */
  private static Gathered gather(List<Segment> segments, SentenceFacts sf) {
    Gathered g = new Gathered();
    List<CasualtyFigure> seen = new ArrayList<>();
    for (Segment seg : segments) {
      List<CasualtyFigure> figs = new ArrayList<>();
      for (int s : seg.sentences) {
        for (CasualtyMention m : sf.casualties.get(s)) {
          CasualtyFigure f = m.figure();
          if (m.cumulative() && seg.kind != Segment.Kind.HISTORICAL) {
            g.cumulative.add(m);
            continue;
          }
          if (containsSameCount(seen, f) && !containsSameCount(figs, f)) {
            continue;
          }
          figs.add(f);
          seen.add(f);
        }
      }
      g.figures.put(seg, figs);
    }
    return g;
  }

  private static boolean anyUnanchoredWeekday(List<Incident> incidents) {
    for (Incident i : incidents) {
      if (!i.historical() && !i.date().isResolved() && i.date().weekday() != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsSameCount(List<CasualtyFigure> figures, CasualtyFigure f) {
    for (CasualtyFigure o : figures) {
      if (sameCount(o, f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The largest lower bound among {@code figures} of {@code f}'s outcome and victim group, or 0;
   * figures an armed group gives count only when {@code armedGroupSources}.
   */
  private static int largestAlike(List<CasualtyFigure> figures, CasualtyFigure f, boolean armedGroupSources) {
    int largest = 0;
    for (CasualtyFigure o : figures) {
      if (o.outcome() == f.outcome() && o.victimGroup() == f.victimGroup()
          && (armedGroupSources || o.source().type() != SourceType.ARMED_GROUP)) {
        largest = Math.max(largest, o.min());
      }
    }
    return largest;
  }

  private static boolean sameCount(CasualtyFigure a, CasualtyFigure b) {
    return a.outcome() == b.outcome() && a.victimGroup() == b.victimGroup() && a.min() == b.min()
        && (a.source().type() == SourceType.ARMED_GROUP) == (b.source().type() == SourceType.ARMED_GROUP);
  }

  /**
   * A lead figure at least as large as what the parts state for the same outcome and group is a
   * total over the wave: it becomes an aggregate, and the lead keeps only the remainder.
   */
  private static void splitLeadTotals(Draft lead, List<Draft> parts, List<PendingAggregate> aggregates) {
    for (CasualtyFigure f : List.copyOf(lead.figures)) {
      if (f.source().type() == SourceType.ARMED_GROUP || f.isZero()) {
        continue;
      }
      int sum = 0;
      List<Draft> over = new ArrayList<>();
      for (Draft p : parts) {
        if (p.segment.otherDay) {
          continue;
        }
        int largest = largestAlike(p.figures, f, false);
        if (largest > 0) {
          sum += largest;
          over.add(p);
        }
      }
      if (sum == 0 || sum > f.min()) {
        continue;
      }
      lead.figures.remove(f);
      int rest = f.min() - sum;
      if (rest > 0) {
        lead.remainderFigures.add(new CasualtyFigure(f.outcome(), f.victimGroup(), f.victimText(), rest,
            f.max() == null ? null : f.max() - sum, f.qualifier(), f.source(), List.of(), f.span()));
      }
      List<Draft> all = new ArrayList<>();
      if (rest > 0) {
        all.add(lead);
      }
      all.addAll(over);
      aggregates.add(new PendingAggregate(f, all));
    }
  }

  /** A running or combined total larger than any one incident's figure is an aggregate. */
  private static void cumulativeAggregates(List<CasualtyMention> cumulative, List<Draft> current,
      List<PendingAggregate> aggregates) {
    for (CasualtyMention m : cumulative) {
      CasualtyFigure f = m.figure();
      int largest = 0;
      List<Draft> over = new ArrayList<>();
      for (Draft d : current) {
        int l = largestAlike(d.figures, f, true);
        if (l > 0) {
          over.add(d);
        }
        largest = Math.max(largest, l);
      }
      if (current.size() >= 2 && f.min() > largest && over.size() >= 2) {
        aggregates.add(new PendingAggregate(f, over));
      } else if (!current.isEmpty()) {
        Draft home = current.stream().filter(d -> d.segment.sentences.contains(m.sentence())).findFirst()
            .orElse(current.get(0));
        if (!containsSameCount(home.figures, f)) {
          home.figures.add(f);
        }
      }
    }
  }

  /** The named operation or wave, when a sentence naming an armed group names it. */
  private static String campaign(AnalyzedText text, SentenceFacts sf) {
    for (int s = 0; s < text.sentences().size(); s++) {
      String t = text.sentences().get(s).text();
      Matcher m = CAMPAIGN.first(t, Prefilter.fold(t));
      if (m == null) {
        continue;
      }
      boolean armedGroup = false;
      for (ActorMention a : sf.actors.get(s)) {
        armedGroup |= a.actor().type() == ActorType.ARMED_GROUP;
      }
      if (armedGroup) {
        return m.group();
      }
    }
    return null;
  }

  private static final class Gathered {
    final Map<Segment, List<CasualtyFigure>> figures = new LinkedHashMap<>();
    final List<CasualtyMention> cumulative = new ArrayList<>();
  }

  private static final class Draft {
    final Segment segment;
    final List<CasualtyFigure> figures;
    /** What a wave's stated totals leave after its parts: counted in the lead's totals only. */
    final List<CasualtyFigure> remainderFigures = new ArrayList<>();
    Segment inherited;

    Draft(Segment segment, List<CasualtyFigure> figures) {
      this.segment = segment;
      this.figures = new ArrayList<>(figures);
    }
  }

  private record PendingAggregate(CasualtyFigure figure, List<Draft> over) {}
}
