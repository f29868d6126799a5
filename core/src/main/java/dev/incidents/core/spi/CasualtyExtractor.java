package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds casualty figures: outcome, victims, count, source. */
public interface CasualtyExtractor extends Extractor {
  /**
   * Finds the casualty figures of an article.
   *
   * @param text the analysed article
   * @return the figures, in text order
   */
  List<CasualtyMention> extract(AnalyzedText text);
}
