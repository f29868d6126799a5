package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Our extraction cost on top of CoreNLP annotation: on the same articles, one thread, a stream of
 * normalisation plus annotation alone against a stream of whole extractions. The two alternate in
 * blocks of {@value #BLOCK} articles: a block annotated alone, then the same block extracted. Blocks,
 * not single articles, because each side leaves the processor's cache in its own state: our rules
 * push CoreNLP's data out of it, and the annotation that follows them runs a few percent slower,
 * which a stream of extractions pays on every article and a stream of annotations never does.
 * Alternating article by article gave that penalty to annotation instead, and put the cost about a
 * quarter lower than the streams show.
 */
public final class AnnotationCost {
  /** Articles a block: long enough that the change of side at its start weighs little. */
  public static final int BLOCK = 48;

  private AnnotationCost() {}

  /**
   * The two timings.
   *
   * @param articles articles timed (each once by each side)
   * @param annotationSeconds total time of normalise + annotate
   * @param extractionSeconds total time of the whole extraction
   * @param blockOverheads the overhead of each block, in order
   */
  public record Result(int articles, double annotationSeconds, double extractionSeconds, List<Double> blockOverheads) {
    /** Copies the list. */
    public Result {
      blockOverheads = List.copyOf(blockOverheads);
    }

    /**
     * Timings without the blocks' own overheads.
     *
     * @param articles articles timed
     * @param annotationSeconds total time of normalise + annotate
     * @param extractionSeconds total time of the whole extraction
     */
    public Result(int articles, double annotationSeconds, double extractionSeconds) {
      this(articles, annotationSeconds, extractionSeconds, List.of());
    }

    /**
     * How much the overhead varied from block to block: the lower quartile, the median and the
     * upper quartile of the blocks' overheads, or null with fewer than four blocks.
     *
     * @return the three, in that order, or null
     */
    public double[] blockQuartiles() {
      if (blockOverheads.size() < 4) {
        return null;
      }
      double[] sorted = blockOverheads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
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
   * Times {@code annotate} and {@code extract} over the articles repeated {@code rounds} times, in
   * alternating blocks of {@value #BLOCK}, each article extracted on its own.
   *
   * @param annotate annotation alone
   * @param extract the whole extraction
   * @param articles the articles
   * @param rounds how many times to run over them
   * @return the timings
   */
  public static Result measure(Function<Article, ?> annotate, Function<Article, ?> extract, List<Article> articles,
      int rounds) {
    return measure(annotate, block -> {
      block.forEach(a -> requireResult(extract.apply(a), a));
      return block;
    }, articles, rounds, BLOCK);
  }

  /**
   * Times annotation against extraction a batch at a time, as {@code IncidentExtractor.extractAll}
   * runs it: as {@link #measure}, but each block is extracted by {@code extractBatch} in batches of
   * {@code size}.
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
    if (size < 1) {
      throw new IllegalArgumentException("need batches of one article at least");
    }
    return measure(annotate, articlesOfBlock -> {
      for (int from = 0; from < articlesOfBlock.size(); from += size) {
        List<Article> batch = articlesOfBlock.subList(from, Math.min(articlesOfBlock.size(), from + size));
        requireResult(extractBatch.apply(batch), batch.get(0));
      }
      return articlesOfBlock;
    }, articles, rounds, blockOfBatches(size));
  }

  /**
   * The articles a block when they are extracted in batches of {@code size}: {@value #BLOCK} rounded
   * down to whole batches, one batch at least.
   *
   * @param size articles a batch
   * @return articles a block
   */
  public static int blockOfBatches(int size) {
    return Math.max(size, BLOCK / size * size);
  }

  /**
   * The articles repeated {@code rounds} times, cut into blocks of {@code block}; for each block,
   * {@code annotate} on each of its articles, then {@code extractBlock} on the whole block. Each
   * block's overhead is one entry of the result's list.
   */
  static Result measure(Function<Article, ?> annotate, Function<List<Article>, ?> extractBlock, List<Article> articles,
      int rounds, int block) {
    if (rounds < 1 || articles.isEmpty() || block < 1) {
      throw new IllegalArgumentException("need at least one round, one article and blocks of one");
    }
    List<Article> all = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      all.addAll(articles);
    }
    long annotation = 0;
    long extraction = 0;
    List<Double> blocks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += block) {
      List<Article> these = all.subList(from, Math.min(all.size(), from + block));
      long t0 = System.nanoTime();
      for (Article a : these) {
        requireResult(annotate.apply(a), a);
      }
      long t1 = System.nanoTime();
      requireResult(extractBlock.apply(these), these.get(0));
      long t2 = System.nanoTime();
      annotation += t1 - t0;
      extraction += t2 - t1;
      blocks.add(t1 == t0 ? 0.0 : (t2 - t1 - (t1 - t0)) / (double) (t1 - t0));
    }
    return new Result(all.size(), annotation / 1e9, extraction / 1e9, blocks);
  }

  private static void requireResult(Object result, Article a) {
    if (result == null) {
      throw new IllegalStateException("no result for " + a.id());
    }
  }
}
