package dev.incidents.core.spi;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds the parties of the events: armed groups, state forces, governments, civilians. */
public interface ActorExtractor extends Extractor {
  List<ActorMention> extract(AnalyzedText text);
}
