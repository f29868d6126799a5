package dev.incidents.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one {@code incidents bench} run, as a table or as JSON.
 *
 * @param machine when and where: date, cores, Java, maximum heap
 * @param articles seed articles in the cycle
 * @param words words in them
 * @param schedule warm-up and measuring times
 * @param runs one row per target and thread count
 * @param coldStart cold start and heap of a fresh JVM, or null if not measured
 * @param annotationCost our cost on top of annotation (FAST), or null if FAST was not measured
 * @param batchedCost the same a batch of articles at a time, as {@code extractAll} runs them, or null
 */
public record BenchReport(
    Map<String, String> machine,
    int articles,
    long words,
    Schedule schedule,
    List<Run> runs,
    ColdStart.Result coldStart,
    AnnotationCost.Result annotationCost,
    AnnotationCost.Result batchedCost) {

  /**
   * How each target was run.
   *
   * @param leastWarmupSeconds the least warm-up
   * @param mostWarmupSeconds the most warm-up, spent only while the JIT has not settled
   * @param seconds measuring time per thread count
   * @param rounds alternating turns the measuring time is split into
   */
  public record Schedule(double leastWarmupSeconds, double mostWarmupSeconds, double seconds, int rounds) {}

  /**
   * One target on one thread count.
   *
   * @param target what ran
   * @param loadSeconds time to load it (in this JVM, after the targets before it)
   * @param warmUp how long its warm-up took and whether the JIT settled
   * @param jitMillis JIT compilation time while the target was measured (all thread counts), or -1
   * @param heapAfterGcBytes heap used after a full GC once it had run, with every target so far loaded
   * @param measurement articles and time
   */
  public record Run(Target target, double loadSeconds, WarmUp.Result warmUp, long jitMillis, long heapAfterGcBytes,
      Throughput.Measurement measurement) {}

  /**
   * Copies the collections.
   *
   * @param machine when and where: date, cores, Java, maximum heap
   * @param articles seed articles in the cycle
   * @param words words in them
   * @param schedule warm-up and measuring times
   * @param runs one row per target and thread count
   * @param coldStart cold start and heap of a fresh JVM, or null if not measured
   * @param annotationCost our cost on top of annotation (FAST), or null if FAST was not measured
   * @param batchedCost the same a batch of articles at a time, as {@code extractAll} runs them, or null
   */
  public BenchReport {
    machine = Map.copyOf(machine);
    runs = List.copyOf(runs);
  }

  private Optional<Run> find(Target target, int threads) {
    return runs.stream().filter(r -> r.target() == target && r.measurement().threads() == threads).findFirst();
  }

  /**
   * The thread counts measured, ascending.
   *
   * @return the thread counts
   */
  public List<Integer> threadCounts() {
    return runs.stream().map(r -> r.measurement().threads()).distinct().sorted().toList();
  }

  /**
   * Articles per second of {@code target} on {@code threads}, if measured.
   *
   * @param target the target
   * @param threads the thread count
   * @return the rate, or empty
   */
  public Optional<Double> rate(Target target, int threads) {
    return find(target, threads).map(r -> r.measurement().articlesPerSecond());
  }

  /**
   * Rate on {@code threads} over rate on the fewest threads measured, if both were measured.
   *
   * @param target the target
   * @param threads the thread count
   * @return the speed-up, or empty
   */
  public Optional<Double> speedUp(Target target, int threads) {
    List<Integer> counts = threadCounts();
    if (counts.isEmpty() || threads == counts.get(0)) {
      return Optional.empty();
    }
    return rate(target, threads).flatMap(r -> rate(target, counts.get(0)).map(base -> r / base));
  }

  /**
   * FAST over STOCK on {@code threads}, if both were measured.
   *
   * @param threads the thread count
   * @return the ratio, or empty
   */
  public Optional<Double> fastOverStock(int threads) {
    return rate(Target.FAST, threads).flatMap(f -> rate(Target.STOCK, threads).map(s -> f / s));
  }

  /**
   * A plain-text table.
   *
   * @return the table
   */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "incidents bench, %s; %s cores, Java %s, max heap %s; load average %s%n",
        machine.get("date"), machine.get("cores"), machine.get("java"), machine.get("maxHeap"),
        machine.getOrDefault("loadAverage", "unknown")));
    String jvmArgs = machine.getOrDefault("jvmArgs", "");
    if (!jvmArgs.isBlank()) {
      b.append("JVM options: ").append(jvmArgs).append('\n');
    }
    b.append(String.format(Locale.ROOT, "%d seed articles (%d words) repeated; warm-up %.0f s, then until the JIT"
            + " settles (at most %.0f s); %.0f s per thread count in %d alternating turns%n%n",
        articles, words, schedule.leastWarmupSeconds(), schedule.mostWarmupSeconds(), schedule.seconds(),
        schedule.rounds()));
    b.append(String.format(Locale.ROOT, "%-9s %7s %10s %11s %12s %9s %8s %10s %12s%n",
        "pipeline", "threads", "articles", "articles/s", "ms/article", "speed-up", "load s", "warm-up s",
        "heap after GC"));
    for (Run r : runs) {
      Throughput.Measurement m = r.measurement();
      b.append(String.format(Locale.ROOT, "%-9s %7d %10d %11.2f %12.0f %9s %8.1f %10s %12s%n",
          r.target().label(), m.threads(), m.articles(), m.articlesPerSecond(),
          1000.0 * m.threads() / m.articlesPerSecond(),
          speedUp(r.target(), m.threads()).map(s -> String.format(Locale.ROOT, "%.2fx", s)).orElse("-"),
          r.loadSeconds(), String.format(Locale.ROOT, "%.0f%s", r.warmUp().seconds(), r.warmUp().settled() ? "" : "*"),
          megabytes(r.heapAfterGcBytes())));
    }
    b.append('\n');
    for (int t : threadCounts()) {
      fastOverStock(t).ifPresent(x -> b.append(String.format(Locale.ROOT,
          "fast / stock, %d thread(s): %.1fx%n", t, x)));
    }
    if (coldStart != null) {
      b.append(String.format(Locale.ROOT,
          "cold start (fresh JVM, fast): build to first result %.1f s; JVM start to first result %.1f s%n",
          coldStart.buildToFirstResultMillis() / 1000.0, coldStart.jvmStartToFirstResultMillis() / 1000.0));
      b.append(String.format(Locale.ROOT, "heap after GC (fresh JVM, fast extractor, after first result): %s%n",
          megabytes(coldStart.heapAfterGcBytes())));
    }
    if (annotationCost != null) {
      b.append(String.format(Locale.ROOT,
          "our extraction on top of annotation (fast, 1 thread, %d articles, the two in turn in blocks of %d):"
              + " annotation %.2f s, whole extraction %.2f s, +%.1f%%%n",
          annotationCost.articles(), AnnotationCost.BLOCK, annotationCost.annotationSeconds(), annotationCost.extractionSeconds(),
          100 * annotationCost.overhead()));
      spread(b, annotationCost, "per block", "blocks");
    }
    if (batchedCost != null) {
      b.append(String.format(Locale.ROOT,
          "  in batches of %d, as extractAll runs them (%d articles): annotation %.2f s, whole extraction %.2f s,"
              + " +%.1f%%%n",
          BenchCommand.BATCH, batchedCost.articles(), batchedCost.annotationSeconds(),
          batchedCost.extractionSeconds(), 100 * batchedCost.overhead()));
      spread(b, batchedCost, "  per block", "blocks");
    }
    b.append("(ms/article is wall time per article per thread; heap after GC counts every pipeline loaded so far;"
        + " * the JIT had not settled when the warm-up ended)\n");
    return b.toString();
  }

  /**
   * The same figures as one JSON object.
   *
   * @return the JSON text
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("machine", new java.util.TreeMap<>(machine));
    root.put("articles", articles);
    root.put("words", words);
    root.put("leastWarmupSeconds", schedule.leastWarmupSeconds());
    root.put("mostWarmupSeconds", schedule.mostWarmupSeconds());
    root.put("seconds", schedule.seconds());
    root.put("rounds", schedule.rounds());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Run r : runs) {
      Map<String, Object> row = new LinkedHashMap<>();
      Throughput.Measurement m = r.measurement();
      row.put("pipeline", r.target().label());
      row.put("threads", m.threads());
      row.put("articles", m.articles());
      row.put("seconds", m.seconds());
      row.put("articlesPerSecond", m.articlesPerSecond());
      speedUp(r.target(), m.threads()).ifPresent(s -> row.put("speedUp", s));
      row.put("loadSeconds", r.loadSeconds());
      row.put("warmupSeconds", r.warmUp().seconds());
      row.put("jitSettled", r.warmUp().settled());
      row.put("jitMillisWhileMeasured", r.jitMillis());
      row.put("heapAfterGcBytes", r.heapAfterGcBytes());
      rows.add(row);
    }
    root.put("runs", rows);
    Map<String, Object> ratios = new LinkedHashMap<>();
    for (int t : threadCounts()) {
      fastOverStock(t).ifPresent(x -> ratios.put(Integer.toString(t), x));
    }
    root.put("fastOverStockByThreads", ratios);
    if (coldStart != null) {
      root.put("coldStart", Map.of(
          "buildToFirstResultMillis", coldStart.buildToFirstResultMillis(),
          "jvmStartToFirstResultMillis", coldStart.jvmStartToFirstResultMillis(),
          "heapAfterGcBytes", coldStart.heapAfterGcBytes()));
    }
    if (annotationCost != null) {
      root.put("annotationCost", costJson(annotationCost));
    }
    if (batchedCost != null) {
      Map<String, Object> cost = costJson(batchedCost);
      cost.put("batchArticles", BenchCommand.BATCH);
      cost.put("blockArticles", AnnotationCost.blockOfBatches(BenchCommand.BATCH));
      root.put("annotationCostBatched", cost);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> costJson(AnnotationCost.Result c) {
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("articles", c.articles());
    cost.put("annotationSeconds", c.annotationSeconds());
    cost.put("extractionSeconds", c.extractionSeconds());
    cost.put("overhead", c.overhead());
    cost.put("blockArticles", AnnotationCost.BLOCK);
    cost.put("blockOverheads", c.blockOverheads());
    return cost;
  }

  /** The median and middle half of a cost's blocks, when it has enough. */
  private static void spread(StringBuilder b, AnnotationCost.Result cost, String what, String blocks) {
    double[] q = cost.blockQuartiles();
    if (q != null) {
      b.append(String.format(Locale.ROOT, "  %s (%d %s): median %+.1f%%, middle half %+.1f%% to %+.1f%%%n",
          what, cost.blockOverheads().size(), blocks, 100 * q[1], 100 * q[0], 100 * q[2]));
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
  }
}
