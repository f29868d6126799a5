package dev.incidents.core.spi;

import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.text.AnalyzedText;
import java.util.List;

/** Finds date and time expressions and resolves them against the reference context. */
public interface DateExtractor extends Extractor {
  List<DateMention> extract(AnalyzedText text, ReferenceContext context);
}
