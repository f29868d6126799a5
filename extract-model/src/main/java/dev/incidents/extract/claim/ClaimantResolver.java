package dev.incidents.extract.claim;

import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Sentence;
import java.util.List;
import java.util.Optional;

/**
 * Decides who states the words at a cue ("claimed", "said", "denied"): the party a claim is
 * attributed to. One small seam, so that a shared attribution component can replace the default
 * {@link NearbyClaimantResolver}.
 */
public interface ClaimantResolver {
  /**
   * The claimant of the cue at normalised offsets {@code [cueStart, cueEnd)} of {@code sentence}.
   *
   * @param text the analysed article
   * @param sentence the sentence of the cue
   * @param cueStart start of the cue, inclusive
   * @param cueEnd end of the cue, exclusive
   * @param actors the document's actor mentions, in order
   * @return the claimant as an actor's canonical name or the source's words, or empty
   */
  Optional<String> claimant(AnalyzedText text, Sentence sentence, int cueStart, int cueEnd, List<ActorMention> actors);
}
