package dev.incidents.extract.claim;

import dev.incidents.core.model.Source;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Sentence;
import dev.incidents.extract.attribution.Attribution;
import java.util.List;
import java.util.Optional;

/**
 * Claimants by the nearest named party first ({@link NearbyClaimantResolver}), then by the shared
 * {@link Attribution} component that also gives casualty figures their sources ("police said",
 * "according to officials"), so that claims and figures name their sources the same way.
 */
public final class AttributedClaimantResolver implements ClaimantResolver {
  private final ClaimantResolver nearby;
  private final Attribution attribution;

  /**
   * A resolver trying {@code nearby} first, then {@code attribution}.
   *
   * @param nearby the resolver tried first
   * @param attribution the shared attribution component
   */
  public AttributedClaimantResolver(ClaimantResolver nearby, Attribution attribution) {
    this.nearby = nearby;
    this.attribution = attribution;
  }

  @Override
  public Optional<String> claimant(AnalyzedText text, Sentence sentence, int cueStart, int cueEnd,
      List<ActorMention> actors) {
    Optional<String> named = nearby.claimant(text, sentence, cueStart, cueEnd, actors);
    if (named.isPresent()) {
      return named;
    }
    Source s = attribution.sourceOf(text, sentence.index(), cueStart, cueEnd);
    return s.type() == SourceType.UNATTRIBUTED ? Optional.empty() : Optional.ofNullable(s.name());
  }
}
