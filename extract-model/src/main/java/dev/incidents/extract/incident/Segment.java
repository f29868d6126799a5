package dev.incidents.extract.incident;

import java.util.TreeSet;

/** The sentences that report one incident, before its facts are gathered. */
final class Segment {
  enum Kind { LEAD, PART, HISTORICAL }

  final Kind kind;
  final TreeSet<Integer> sentences = new TreeSet<>();
  /** Place key (see {@link PlaceKeys}) the segment is about, for parts; null otherwise. */
  final String placeKey;
  /** A part the text sets on another day than the lead: not a part of the lead's totals. */
  boolean otherDay;

  Segment(Kind kind, String placeKey) {
    this.kind = kind;
    this.placeKey = placeKey;
  }

  int first() {
    return sentences.isEmpty() ? Integer.MAX_VALUE : sentences.first();
  }
}
