package dev.incidents.core.spi;

import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds date and time expressions and resolves them against the reference context. */
public interface DateExtractor extends Extractor {
  /**
   * Finds the date mentions of an article.
   *
   * @param text the analysed article
   * @param context what relative dates resolve against
   * @return the mentions, in text order
   */
  List<DateMention> extract(AnalyzedText text, ReferenceContext context);
}
