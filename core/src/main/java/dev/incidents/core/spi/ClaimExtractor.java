package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds attributed claims: responsibility, figures, accusations, denials, statements. */
public interface ClaimExtractor extends Extractor {
  /**
   * Finds the claims of an article.
   *
   * @param text the analysed article
   * @param actors the actor mentions already found, for naming claimants
   * @return the claims, in text order
   */
  List<ClaimMention> extract(AnalyzedText text, List<ActorMention> actors);
}
