package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import java.util.List;
import java.util.function.Function;

/**
 * Our extraction cost on top of CoreNLP annotation: on the same articles, one thread, the time of
 * normalisation plus annotation alone and the time of the whole {@code extract}, alternated article
 * by article so that both see the same machine state.
 */
public final class AnnotationCost {
  private AnnotationCost() {}

  /**
   * The two timings.
   *
   * @param articles articles timed (each once by each function)
   * @param annotationSeconds total time of normalise + annotate
   * @param extractionSeconds total time of the whole extraction
   */
  public record Result(int articles, double annotationSeconds, double extractionSeconds) {
    /**
     * Extraction time beyond annotation, as a fraction of annotation time (0.05 = 5% on top).
     *
     * @return the overhead
     */
    public double overhead() {
      return (extractionSeconds - annotationSeconds) / annotationSeconds;
    }
  }

  /**
   * Times {@code annotate} and {@code extract} on every article, {@code rounds} times.
   *
   * @param annotate annotation alone
   * @param extract the whole extraction
   * @param articles the articles
   * @param rounds how many times to run over them
   * @return the timings
   */
  public static Result measure(Function<Article, ?> annotate, Function<Article, ?> extract, List<Article> articles,
      int rounds) {
    if (rounds < 1 || articles.isEmpty()) {
      throw new IllegalArgumentException("need at least one round and one article");
    }
    long annotation = 0;
    long extraction = 0;
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (Article a : articles) {
        long t0 = System.nanoTime();
        requireResult(annotate.apply(a), a);
        long t1 = System.nanoTime();
        requireResult(extract.apply(a), a);
        long t2 = System.nanoTime();
        annotation += t1 - t0;
        extraction += t2 - t1;
        n++;
      }
    }
    return new Result(n, annotation / 1e9, extraction / 1e9);
  }

  private static void requireResult(Object result, Article a) {
    if (result == null) {
      throw new IllegalStateException("no result for " + a.id());
    }
  }
}
