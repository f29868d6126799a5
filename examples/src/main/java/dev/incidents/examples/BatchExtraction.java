package dev.incidents.examples;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import java.util.List;
import java.util.function.Function;

/**
 * An extraction function that also takes several articles at once, as {@link
 * dev.incidents.extract.IncidentExtractor#extractAll} does: the results in input order, the same as
 * one by one. Must be thread-safe. A lambda gives one that extracts a batch one article at a time.
 * The command line and the Beam transform take their extraction in this form.
 */
@FunctionalInterface
public interface BatchExtraction extends Function<Article, ExtractionResult> {
  /**
   * Extracts {@code articles}, one result each in input order.
   *
   * @param articles the articles
   * @return their results
   */
  default List<ExtractionResult> applyAll(List<Article> articles) {
    return articles.stream().map(this).toList();
  }

  /**
   * The extraction made of a function for one article and one for a batch.
   *
   * @param one extracts one article
   * @param many extracts a batch, one result per article in input order
   * @return the extraction
   */
  static BatchExtraction of(Function<Article, ExtractionResult> one,
      Function<List<Article>, List<ExtractionResult>> many) {
    return new BatchExtraction() {
      @Override
      public ExtractionResult apply(Article article) {
        return one.apply(article);
      }

      @Override
      public List<ExtractionResult> applyAll(List<Article> articles) {
        return many.apply(articles);
      }
    };
  }
}
