package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import java.util.ArrayList;
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
   * @param passOverheads the overhead of each pass over the articles, in order
   */
  public record Result(int articles, double annotationSeconds, double extractionSeconds, List<Double> passOverheads) {
    /** Copies the list. */
    public Result {
      passOverheads = List.copyOf(passOverheads);
    }

    /**
     * Timings without the passes' own overheads.
     *
     * @param articles articles timed
     * @param annotationSeconds total time of normalise + annotate
     * @param extractionSeconds total time of the whole extraction
     */
    public Result(int articles, double annotationSeconds, double extractionSeconds) {
      this(articles, annotationSeconds, extractionSeconds, List.of());
    }

    /**
     * How much the overhead varied from pass to pass: the lower quartile, the median and the upper
     * quartile of the passes' overheads, or null with fewer than four passes.
     *
     * @return the three, in that order, or null
     */
    public double[] passQuartiles() {
      if (passOverheads.size() < 4) {
        return null;
      }
      double[] sorted = passOverheads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new double[] {rank(sorted, 0.25), rank(sorted, 0.5), rank(sorted, 0.75)};
    }

    private static double rank(double[] sorted, double q) {
      return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

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
    List<Double> passes = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long passAnnotation = 0;
      long passExtraction = 0;
      for (Article a : articles) {
        long t0 = System.nanoTime();
        requireResult(annotate.apply(a), a);
        long t1 = System.nanoTime();
        requireResult(extract.apply(a), a);
        long t2 = System.nanoTime();
        passAnnotation += t1 - t0;
        passExtraction += t2 - t1;
        n++;
      }
      annotation += passAnnotation;
      extraction += passExtraction;
      passes.add(passAnnotation == 0 ? 0.0 : (passExtraction - passAnnotation) / (double) passAnnotation);
    }
    return new Result(n, annotation / 1e9, extraction / 1e9, passes);
  }

  /**
   * Times annotation and extraction a batch at a time, as {@code IncidentExtractor.extractAll}
   * runs them: the articles repeated {@code rounds} times and cut into batches of {@code size};
   * for each batch, {@code annotate} on each of its articles in turn, then {@code extractBatch} on
   * the whole batch. Each batch's overhead is one pass of the result.
   *
   * @param annotate annotation alone, of one article
   * @param extractBatch the whole extraction of a batch
   * @param articles the articles
   * @param rounds how many times to run over them
   * @param size articles a batch
   * @return the timings
   */
  public static Result measureBatches(Function<Article, ?> annotate, Function<List<Article>, ?> extractBatch,
      List<Article> articles, int rounds, int size) {
    if (rounds < 1 || articles.isEmpty() || size < 1) {
      throw new IllegalArgumentException("need at least one round, one article and batches of one");
    }
    List<Article> all = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      all.addAll(articles);
    }
    long annotation = 0;
    long extraction = 0;
    List<Double> batches = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      List<Article> batch = all.subList(from, Math.min(all.size(), from + size));
      long t0 = System.nanoTime();
      for (Article a : batch) {
        requireResult(annotate.apply(a), a);
      }
      long t1 = System.nanoTime();
      requireResult(extractBatch.apply(batch), batch.get(0));
      long t2 = System.nanoTime();
      annotation += t1 - t0;
      extraction += t2 - t1;
      batches.add(t1 == t0 ? 0.0 : (t2 - t1 - (t1 - t0)) / (double) (t1 - t0));
    }
    return new Result(all.size(), annotation / 1e9, extraction / 1e9, batches);
  }

  private static void requireResult(Object result, Article a) {
    if (result == null) {
      throw new IllegalStateException("no result for " + a.id());
    }
  }
}
