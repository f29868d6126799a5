package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds and resolves place mentions. */
public interface PlaceExtractor extends Extractor {
  /**
   * Finds the place mentions of an article.
   *
   * @param text the analysed article
   * @return the mentions, in text order
   */
  List<PlaceMention> extract(AnalyzedText text);
}
