package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds the parties of the events: armed groups, state forces, governments, civilians. */
public interface ActorExtractor extends Extractor {
  /**
   * Finds the actor mentions of an article.
   *
   * @param text the analysed article
   * @return the mentions, in text order
   */
  List<ActorMention> extract(AnalyzedText text);
}
