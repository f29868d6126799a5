package dev.incidents.examples;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import java.util.ArrayList;
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
   * {@link #applyAll}, or, when the batch fails as a whole (it throws, or gives a result count
   * other than the articles'), each article on its own, so that only the article at fault fails:
   * one whose extraction throws gets {@link ExtractionResult#failure} with the message {@code why}
   * makes of the exception.
   *
   * @param articles the articles
   * @param why the error message of an article whose extraction threw
   * @return one result per article, in input order
   */
  default List<ExtractionResult> applyAllOrEach(List<Article> articles, Function<RuntimeException, String> why) {
    if (articles.isEmpty()) {
      return List.of();
    }
    try {
      List<ExtractionResult> results = applyAll(articles);
      if (results.size() == articles.size()) {
        return results;
      }
    } catch (RuntimeException e) {
      // one article spoiled the batch: each alone below
    }
    List<ExtractionResult> results = new ArrayList<>(articles.size());
    for (Article article : articles) {
      try {
        results.add(apply(article));
      } catch (RuntimeException e) {
        results.add(ExtractionResult.failure(article.id(), why.apply(e)));
      }
    }
    return results;
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
