package dev.incidents.core.spi;

import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.text.AnalyzedText;

/** Groups the facts of an article into incidents and aggregates. */
public interface IncidentAssembler extends Extractor {
  /**
   * Groups an article's facts into incidents.
   *
   * @param documentId the document id, used in incident ids
   * @param text the analysed article
   * @param context what relative dates resolve against
   * @param facts what the fact extractors found
   * @return the incidents, aggregates and warnings
   */
  Assembly assemble(String documentId, AnalyzedText text, ReferenceContext context, Facts facts);
}
