package dev.incidents.core.spi;

import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.text.AnalyzedText;

/** Groups the facts of an article into incidents and aggregates. */
public interface IncidentAssembler extends Extractor {
  Assembly assemble(String documentId, AnalyzedText text, ReferenceContext context, Facts facts);
}
