package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds and resolves place mentions. */
public interface PlaceExtractor extends Extractor {
  List<PlaceMention> extract(AnalyzedText text);
}
