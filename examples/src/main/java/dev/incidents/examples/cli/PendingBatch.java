package dev.incidents.examples.cli;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.BatchExtraction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The articles of a batch of inputs that could be read, each with its place in the batch and what
 * the command keeps about it (where it comes from, its gold record): they are extracted together,
 * and each result goes back to its input's place.
 *
 * @param <M> what the command keeps about each article
 */
final class PendingBatch<M> {
  private final List<Integer> places = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private final List<M> kept = new ArrayList<>();

  /** Adds the article read from the input at {@code place}. */
  void add(int place, Article article, M about) {
    places.add(place);
    articles.add(article);
    kept.add(about);
  }

  /**
   * Extracts the articles together and puts what {@code make} makes of each result in its place
   * of {@code outputs} (whose other places the command has filled); when the batch fails as a
   * whole, extracts them one at a time, so that only the article at fault fails.
   *
   * @return {@code outputs}, as a list
   */
  <O> List<O> run(BatchExtraction extraction, O[] outputs, BiFunction<ExtractionResult, M, O> make) {
    List<ExtractionResult> results = extraction.applyAllOrEach(articles, e -> "extraction failed: " + e);
    for (int k = 0; k < articles.size(); k++) {
      outputs[places.get(k)] = make.apply(results.get(k), kept.get(k));
    }
    return Arrays.asList(outputs);
  }
}
