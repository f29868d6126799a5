package dev.incidents.extract.incident;

import dev.incidents.core.model.Span;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.spi.ClaimMention;
import dev.incidents.core.spi.DateMention;
import dev.incidents.core.spi.Facts;
import dev.incidents.core.spi.PlaceMention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The facts of an article indexed by sentence. */
final class SentenceFacts {
  /** Place mentions less sure than this are not an incident's places. */
  static final double MIN_PLACE_CONFIDENCE = 0.3;

  final List<List<DateMention>> dates;
  final List<List<CasualtyMention>> casualties;
  final List<List<PlaceMention>> places;
  final List<List<ActorMention>> actors;
  final List<List<ClaimMention>> claims;

  SentenceFacts(Facts f, int sentences) {
    dates = index(f.dates(), DateMention::sentence, sentences);
    casualties = index(f.casualties(), CasualtyMention::sentence, sentences);
    places = index(withoutActorNames(f.places(), f.actors()), PlaceMention::sentence, sentences);
    actors = index(f.actors(), ActorMention::sentence, sentences);
    claims = index(f.claims(), ClaimMention::sentence, sentences);
  }

  /** A place read inside an actor's name ("Baloch Liberation Army", "BLA") is not a place. */
  private static List<PlaceMention> withoutActorNames(List<PlaceMention> places, List<ActorMention> actors) {
    List<PlaceMention> kept = new ArrayList<>(places.size());
    for (PlaceMention p : places) {
      if (!insideAnActorName(p.place().span(), actors)) {
        kept.add(p);
      }
    }
    return List.copyOf(kept);
  }

  private static boolean insideAnActorName(Span place, List<ActorMention> actors) {
    for (ActorMention a : actors) {
      Span name = a.actor().span();
      if (name.overlaps(place) && name.length() >= place.length()) {
        return true;
      }
    }
    return false;
  }

  private static <T> List<List<T>> index(List<T> items, ToIntFunction<T> sentence, int n) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (T t : items) {
      int s = sentence.applyAsInt(t);
      if (s >= 0 && s < n) {
        out.get(s).add(t);
      }
    }
    return out;
  }

  boolean hasBackgroundDate(int s) {
    boolean background = false;
    for (DateMention d : dates.get(s)) {
      if (!d.background() && d.date().isResolved()) {
        return false;
      }
      background |= d.background();
    }
    return background;
  }

  boolean hasFigure(int s) {
    for (CasualtyMention c : casualties.get(s)) {
      if (!c.figure().isZero()) {
        return true;
      }
    }
    return false;
  }
}
