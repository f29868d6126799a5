package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds casualty figures: outcome, victims, count, source. */
public interface CasualtyExtractor extends Extractor {
  List<CasualtyMention> extract(AnalyzedText text);
}
