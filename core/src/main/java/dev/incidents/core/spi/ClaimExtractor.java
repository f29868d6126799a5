package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds attributed claims: responsibility, figures, accusations, denials, statements. */
public interface ClaimExtractor extends Extractor {
  List<ClaimMention> extract(AnalyzedText text, List<ActorMention> actors);
}
