package dev.incidents.extract.incident;

import dev.incidents.core.model.ClaimType;
import dev.incidents.core.model.Place;
import dev.incidents.core.spi.ClaimMention;
import dev.incidents.core.spi.PlaceMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.regex.Pattern;

/**
 * Splits an article into incident segments: a lead (the news), parts (separate attacks of a
 * wave, or incidents the text sets apart with "in a separate incident"), and historical
 * background. Sentences about the general situation belong to no segment.
 */
final class Segmenter {
  private static final int CI = Pattern.CASE_INSENSITIVE;
  static final Regex SEPARATE = Regex.compile(
      "\\b(?:in a separate|in another|separately|in a second|elsewhere|separate (?:attacks?|incidents?|operations?|raids?|strikes?)"
          + "|the (?:first|second|third|other) (?:attack|incident|blast|strike|explosion))\\b", CI);
  static final Regex WAVE = Regex.compile(
      "\\b(?:coordinated|series of|simultaneous|wave of|multiple (?:attacks|locations|districts|cities)|across"
          + "|twin|separate attacks|several (?:districts|cities|towns|locations|attacks)"
          + "|(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:separate |coordinated |simultaneous )?"
          + "(?:attacks|districts|locations|cities|provinces|incidents))\\b", CI);
  static final Regex HABITUAL = Regex.compile(
      "\\b(?:frequently|often|repeatedly|routinely|historically|has long|have long|for decades|for years|in recent years"
          + "|is designated|are rare|has faced|have faced)\\b", CI);
  /** Words that refer to an event without naming its kind ("the incident occurred", "militants struck"). */
  static final Regex EVENT_REFERENCE = Regex.compile(
      "\\b(?:incident|occurred|took place|happened|struck|strikes?|stormed|assaults?|assaulted|targeted|"
          + "blocked|intercepted|launched|came under)\\b", CI);
  /** An event set apart in time from the news ("one day after", "the previous day"). */
  static final Regex OTHER_DAY = Regex.compile(
      "\\b(?:(?:one|a|two|three|\\d+) days? (?:after|before|earlier|later)|the (?:previous|next) day|the day before"
          + "|a day earlier|earlier (?:this|last) week|last week)\\b", CI);
  private static final Regex PLACE_LED = Regex.compile("^(?:In|At|The situation in|Meanwhile,? in)\\s", 0);

  private final AnalyzedText text;
  private final SentenceFacts facts;
  private final EventTypeRules rules;
  /** Sentences folded ({@link Prefilter#fold}), when asked for. */
  private final String[] folded;
  /** Whether each sentence reports an event: 0 not yet known, 1 no, 2 yes. */
  private final byte[] event;
  /** What the event-type rules find in each sentence, when asked for. */
  private final EventTypeRules.Matches[] typeMatches;

  Segmenter(AnalyzedText text, SentenceFacts facts, EventTypeRules rules) {
    this.text = text;
    this.facts = facts;
    this.rules = rules;
    this.folded = new String[text.sentences().size()];
    this.event = new byte[text.sentences().size()];
    this.typeMatches = new EventTypeRules.Matches[text.sentences().size()];
  }

  /** What the event-type rules find in sentence {@code s}, read once. */
  EventTypeRules.Matches typeMatches(int s) {
    if (typeMatches[s] == null) {
      typeMatches[s] = rules.match(text.sentences().get(s).text());
    }
    return typeMatches[s];
  }

  boolean isEvent(int s) {
    if (event[s] == 0) {
      event[s] = reportsEvent(s) ? (byte) 2 : (byte) 1;
    }
    return event[s] == 2;
  }

  private boolean reportsEvent(int s) {
    Sentence sentence = text.sentences().get(s);
    if (habitual(s) && !facts.hasFigure(s)) {
      return false;
    }
    return facts.hasFigure(s)
        || !facts.casualties.get(s).isEmpty()
        || typeMatches(s).hasEventType()
        || EVENT_REFERENCE.find(sentence.text(), folded(s))
        || claimsResponsibility(s);
  }

  private boolean claimsResponsibility(int s) {
    for (ClaimMention c : facts.claims.get(s)) {
      if (c.claim().type() == ClaimType.RESPONSIBILITY) {
        return true;
      }
    }
    return false;
  }

  private boolean habitual(int s) {
    return HABITUAL.find(text.sentences().get(s).text(), folded(s));
  }

  private String folded(int s) {
    if (folded[s] == null) {
      folded[s] = Prefilter.fold(text.sentences().get(s).text());
    }
    return folded[s];
  }

  List<Segment> segment() {
    List<Segment> segments = new ArrayList<>();
    int n = text.sentences().size();
    Segment lead = null;
    Segment current = null;
    Segment historical = null;
    int leadParagraph = -1;
    boolean wave = false;
    int lastParagraph = -1;
    int leadParagraphFirst = -1;
    for (int s = 0; s < n && leadParagraphFirst < 0; s++) {
      if (isEvent(s) && !facts.hasBackgroundDate(s)) {
        leadParagraphFirst = text.sentences().get(s).paragraph();
      }
    }
    for (int s = 0; s < n; s++) {
      Sentence sentence = text.sentences().get(s);
      boolean leadContext = sentence.paragraph() == leadParagraphFirst && !facts.hasBackgroundDate(s)
          && !habitual(s);
      if (!isEvent(s) && !leadContext) {
        continue;
      }
      if (facts.hasBackgroundDate(s)) {
        if (historical == null || historical.sentences.last() < s - 2) {
          historical = new Segment(Segment.Kind.HISTORICAL, null);
          segments.add(historical);
        }
        historical.sentences.add(s);
        continue;
      }
      if (lead == null) {
        lead = new Segment(Segment.Kind.LEAD, null);
        segments.add(lead);
        current = lead;
        leadParagraph = sentence.paragraph();
      }
      List<Place> specific = specificPlaces(s);
      boolean inLead = sentence.paragraph() == leadParagraph;
      if (inLead) {
        lead.sentences.add(s);
        wave |= WAVE.find(sentence.text(), folded(s)) || distinctAreas(lead) >= 2;
        continue;
      }
      boolean cue = SEPARATE.find(sentence.text(), folded(s));
      boolean placeLed = specific.size() >= 1 && sameArea(specific)
          && (PLACE_LED.find(sentence.text(), folded(s)) || facts.hasFigure(s));
      Segment target;
      if (cue || (wave && placeLed && !coveredByOtherPart(specific, segments, current))) {
        String key = specific.isEmpty() ? null : PlaceKeys.key(specific.get(0));
        target = findPart(segments, key);
        if (target == null || cue) {
          target = new Segment(Segment.Kind.PART, key);
          target.otherDay = cue && OTHER_DAY.find(sentence.text(), folded(s));
          segments.add(target);
        }
      } else if (!specific.isEmpty() && findPart(segments, PlaceKeys.key(specific.get(0))) != null && sameArea(specific)) {
        target = findPart(segments, PlaceKeys.key(specific.get(0)));
      } else if (sentence.paragraph() != lastParagraph) {
        target = lead;
      } else if (current.kind == Segment.Kind.PART && current.placeKey != null && !specific.isEmpty()
          && !mentionsPlace(specific, current.placeKey)) {
        target = lead;
      } else {
        target = current;
      }
      target.sentences.add(s);
      current = target;
      lastParagraph = sentence.paragraph();
    }
    return segments;
  }

  private static boolean mentionsPlace(List<Place> places, String key) {
    for (Place p : places) {
      if (key.equals(PlaceKeys.key(p))) {
        return true;
      }
    }
    return false;
  }

  private boolean coveredByOtherPart(List<Place> specific, List<Segment> segments, Segment current) {
    return current.kind == Segment.Kind.PART && current.placeKey != null
        && current.placeKey.equals(PlaceKeys.key(specific.get(0)));
  }

  private static Segment findPart(List<Segment> segments, String key) {
    if (key == null) {
      return null;
    }
    for (Segment seg : segments) {
      if (seg.kind == Segment.Kind.PART && key.equals(seg.placeKey)) {
        return seg;
      }
    }
    return null;
  }

  private int distinctAreas(Segment seg) {
    List<Place> seen = new ArrayList<>();
    for (int s : seg.sentences) {
      for (Place p : specificPlaces(s)) {
        if (!anySameArea(seen, p)) {
          seen.add(p);
        }
      }
    }
    return seen.size();
  }

  private static boolean anySameArea(List<Place> places, Place p) {
    for (Place o : places) {
      if (PlaceKeys.sameArea(o, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameArea(List<Place> places) {
    for (Place p : places) {
      if (!PlaceKeys.sameArea(p, places.get(0))) {
        return false;
      }
    }
    return true;
  }

  List<Place> specificPlaces(int s) {
    List<Place> out = new ArrayList<>();
    for (PlaceMention m : facts.places.get(s)) {
      if (m.confidence() >= SentenceFacts.MIN_PLACE_CONFIDENCE && PlaceKeys.isSpecific(m.place())) {
        out.add(m.place());
      }
    }
    return Collections.unmodifiableList(out);
  }
}
