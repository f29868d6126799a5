package dev.incidents.extract.actor;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.spi.ActorMention;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the main party of a set of mentions: named parties before kinds of party ("separatists"),
 * and those before unknown ones ("gunmen"); then the most often mentioned; then the first.
 */
public final class ActorRanking {
  private final ActorLexicon lexicon;

  /**
   * A ranking that reads genericity from {@code lexicon}.
   *
   * @param lexicon the actor lexicon
   */
  public ActorRanking(ActorLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * The top perpetrator, if any mention has that role.
   *
   * @param mentions the actor mentions
   * @return the top perpetrator, or empty
   */
  public Optional<Actor> topPerpetrator(List<ActorMention> mentions) {
    return top(mentions.stream().filter(m -> m.actor().role() == ActorRole.PERPETRATOR).toList());
  }

  /**
   * The top perpetrator, or failing that the top armed group whatever its role.
   *
   * @param mentions the actor mentions
   * @return the main perpetrator, or empty
   */
  public Optional<Actor> mainPerpetrator(List<ActorMention> mentions) {
    return topPerpetrator(mentions).or(() ->
        top(mentions.stream().filter(m -> m.actor().type() == ActorType.ARMED_GROUP).toList()));
  }

  private Optional<Actor> top(List<ActorMention> mentions) {
    Map<String, Stats> byName = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Actor a = mentions.get(i).actor();
      int order = i;
      byName.computeIfAbsent(a.name(), k -> new Stats(a, order)).count++;
    }
    return byName.values().stream()
        .min(Comparator.comparingInt((Stats s) -> specificity(s.first.name()))
            .thenComparing(s -> -s.count)
            .thenComparing(s -> s.order))
        .map(s -> s.first);
  }

  /** 0 for a named party, 1 for a kind of party ("separatists"), 2 for an unknown one ("gunmen"). */
  private int specificity(String name) {
    return lexicon.isUnknown(name) ? 2 : lexicon.isGeneric(name) ? 1 : 0;
  }

  private static final class Stats {
    final Actor first;
    final int order;
    int count;

    Stats(Actor first, int order) {
      this.first = first;
      this.order = order;
    }
  }
}
