package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import dev.incidents.extract.IncidentExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code incidents bench}: in one run, after a warm-up, articles per second of each target on each
 * thread count, cold start and heap of a fresh JVM, heap after GC, and our cost on top of
 * annotation. The table (or JSON) goes to stdout, progress to stderr.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Measures articles/second of the fast and accurate profiles and of CoreNLP's stock"
            + " tokenize,ssplit,pos,lemma,ner on the seed articles repeated, on 1 and 2 threads after a warm-up;",
        "cold start to first result and heap after GC in a fresh JVM; and the time of our extraction on top of"
            + " CoreNLP annotation (fast). Takes about 6-9 minutes with the defaults."})
public final class BenchCommand implements Callable<Integer> {
  /** The longest slice between two looks at the JIT during warm-up. */
  private static final double SLICE_SECONDS = 5;
  /** Articles a batch in the batched cost measurement: as many as {@code extractAll} annotates together. */
  static final int BATCH = IncidentExtractor.BATCH_ARTICLES;

  private final BenchEnvironment environment;

  @Spec
  private CommandSpec spec;

  @Option(names = "--seconds", paramLabel = "N", defaultValue = "20",
      description = "Measuring time per pipeline and thread count (default ${DEFAULT-VALUE}).")
  private double seconds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
      description = "Least warm-up per pipeline, on the most threads (default ${DEFAULT-VALUE}).")
  private double warmup;

  @Option(names = "--warmup-max", paramLabel = "N", defaultValue = "150",
      description = "Most warm-up per pipeline: after the least, the warm-up goes on until the JIT compiler"
          + " settles (under 2%% of the time compiling) or this is spent (default ${DEFAULT-VALUE}).")
  private double warmupMax;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "4",
      description = "Turns per thread count, alternated, that share its --seconds (default ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--threads", paramLabel = "N,N", split = ",", defaultValue = "1,2",
      description = "Thread counts (default ${DEFAULT-VALUE}).")
  private List<Integer> threads;

  @Option(names = "--profiles", paramLabel = "P,P", split = ",", defaultValue = "fast,accurate,stock",
      description = "What to measure: fast, accurate, stock (default ${DEFAULT-VALUE}).")
  private List<Target> targets;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Folder of .txt articles (default: the repository's " + SeedCorpus.REPOSITORY_PATH + ").")
  private Path dir;

  @Option(names = "--cost-rounds", paramLabel = "N", defaultValue = "200",
      description = "Passes over the articles when timing annotation against extraction, one by one and in batches"
          + " (default ${DEFAULT-VALUE}: 1,000 seed articles, 21 blocks each).")
  private int costRounds;

  @Option(names = "--no-cold-start", negatable = false,
      description = "Skip the fresh-JVM cold start and heap measurement.")
  private boolean noColdStart;

  @Option(names = "--json", description = "Print JSON on stdout (the table then goes to stderr).")
  private boolean json;

  /** The command on the real models. */
  public BenchCommand() {
    this(BenchEnvironment.models());
  }

  /**
   * The command on the given environment (tests pass fakes).
   *
   * @param environment what loads and measures the targets
   */
  public BenchCommand(BenchEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path seedDir = SeedCorpus.locate(dir);
    List<Article> articles = SeedCorpus.read(seedDir);
    long words = articles.stream().mapToLong(a -> a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length).sum();
    Set<Integer> threadCounts = new TreeSet<>(threads);
    int maxThreads = ((TreeSet<Integer>) threadCounts).last();

    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    ColdStart.Result cold = null;
    if (!noColdStart) {
      err.println("bench: cold start in a fresh JVM…");
      cold = environment.coldStart(seedDir);
    }
    List<BenchReport.Run> runs = new ArrayList<>();
    AnnotationCost.Result cost = null;
    AnnotationCost.Result batchedCost = null;
    for (Target target : EnumSet.copyOf(targets)) {
      err.printf("bench: loading %s…%n", target.label());
      long t0 = System.nanoTime();
      Function<Article, ?> fn = environment.load(target);
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      err.printf("bench: %s warm-up (%.0f to %.0f s, until the JIT settles, %d threads)…%n", target.label(), warmup,
          Math.max(warmup, warmupMax), maxThreads);
      WarmUp.Result warm = WarmUp.run(fn, articles, maxThreads, seconds(warmup), seconds(warmupMax),
          seconds(Math.min(SLICE_SECONDS, seconds / rounds)), environment.jitMillis());
      err.printf("bench: %s on %s thread(s), %d turns of %.1f s each…%n", target.label(), threadCounts, rounds,
          seconds / rounds);
      long jitBefore = environment.jitMillis().getAsLong();
      List<Throughput.Measurement> measured =
          Throughput.alternate(fn, articles, List.copyOf(threadCounts), seconds(seconds), rounds);
      long jitMillis = Math.max(-1, environment.jitMillis().getAsLong() - jitBefore);
      if (target == Target.FAST) {
        err.println("bench: annotation against whole extraction (fast)…");
        Function<Article, ?> annotate = environment.annotationOnly();
        cost = AnnotationCost.measure(annotate, fn, articles, costRounds);
        err.printf("bench: the same in batches of %d, as extractAll runs them…%n", BATCH);
        batchedCost = AnnotationCost.measureBatches(annotate, environment.batched(target), articles, costRounds, BATCH);
      }
      long heap = HeapProbe.usedAfterGc();
      for (Throughput.Measurement m : measured) {
        runs.add(new BenchReport.Run(target, loadSeconds, warm, jitBefore < 0 ? -1 : jitMillis, heap, m));
      }
    }
    Map<String, String> machine = machine();
    machine.put("loadAverage", String.format(java.util.Locale.ROOT, "%.1f at start, %.1f at end", loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    BenchReport report = new BenchReport(machine, articles.size(), words,
        new BenchReport.Schedule(warmup, Math.max(warmup, warmupMax), seconds, rounds), runs, cold, cost,
        batchedCost);
    if (json) {
      err.print(report.table());
      err.flush();
      out.println(report.toJson());
    } else {
      out.print(report.table());
    }
    out.flush();
    return 0;
  }

  private void validate() {
    if (seconds <= 0 || warmup < 0 || warmupMax < 0) {
      throw new ParameterException(spec.commandLine(),
          "--seconds must be positive, --warmup and --warmup-max not negative");
    }
    if (rounds < 1) {
      throw new ParameterException(spec.commandLine(), "--rounds must be at least 1");
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      throw new ParameterException(spec.commandLine(), "--threads takes positive counts, e.g. 1,2");
    }
    if (targets.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--profiles takes fast, accurate and/or stock");
    }
    if (costRounds < 1) {
      throw new ParameterException(spec.commandLine(), "--cost-rounds must be at least 1");
    }
  }

  private static Duration seconds(double s) {
    return Duration.ofNanos((long) (s * 1e9));
  }

  private static Map<String, String> machine() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("date", LocalDate.now(ZoneOffset.UTC).toString());
    m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    m.put("java", System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("maxHeap", BenchReport.megabytes(Runtime.getRuntime().maxMemory()));
    m.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    return m;
  }
}
