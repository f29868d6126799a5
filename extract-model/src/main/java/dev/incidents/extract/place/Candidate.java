package dev.incidents.extract.place;

import dev.incidents.core.model.PlaceType;
import java.util.List;

/** A stretch of one sentence that may name a place, with what the text around it says. Per call, never shared. */
final class Candidate {
  final int sentence;
  /** token indices in the sentence, inclusive */
  final int first;
  final int last;
  /** offsets in the normalised text */
  final int start;
  final int end;
  final String surface;
  /** {@link Names#key} of the surface, under which the entries were found */
  final String key;
  /** gazetteer entries under this name; empty for a name the gazetteer does not know */
  final List<GazetteerEntry> entries;

  /** kind of place the next word says ("district"), or null */
  PlaceType hint;
  /** end offset including the hint word */
  int hintEnd;
  /** an unknown chain head after a word that is not locative ("shelled X, Y region") */
  boolean weakLead;
  boolean nerLocation;
  boolean nerPerson;
  /** resolved only to serve as another's parent; yields no mention of its own */
  boolean hidden;
  /** the unit written right after it ("Mach, Bolan"; "Porto Velho (Rondonia)") */
  Candidate container;
  /** whether another candidate names this one as its container */
  boolean isContainer;
  /** the name written right before it in such a chain */
  Candidate member;
  /** sub-place words ("Sarband" area of Mach; Quetta's "Zarghoon Road") and their type */
  String site;
  PlaceType siteType;
  int siteStart = -1;
  int siteEnd = -1;

  GazetteerEntry best;
  double score;
  double margin;

  Candidate(int sentence, int first, int last, int start, int end, String surface, String key,
      List<GazetteerEntry> entries) {
    this.sentence = sentence;
    this.first = first;
    this.last = last;
    this.start = start;
    this.end = end;
    this.hintEnd = end;
    this.surface = surface;
    this.key = key;
    this.entries = List.copyOf(entries);
  }

  boolean known() {
    return !entries.isEmpty();
  }

  /** The resolved entry of this candidate or, for an unknown name, of the first resolved container. */
  GazetteerEntry resolvedOrContainer() {
    Candidate c = this;
    for (int i = 0; c != null && i < 5; i++, c = c.container) {
      if (c.best != null) {
        return c.best;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return surface + (best == null ? "" : " -> " + best.name() + "/" + best.countryCode() + " " + score);
  }
}
