package dev.incidents.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Article;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command's logic on a fake environment: no models, a few tenths of a second. */
class BenchCommandTest {
  /** Fast is 4 ms an article, accurate 8, stock 40, annotation alone 3.6 (10% under fast). */
  private static final class FakeEnvironment implements BenchEnvironment {
    final List<String> calls = new ArrayList<>();

    @Override
    public Function<Article, ?> load(Target target) {
      calls.add("load " + target);
      long millis = switch (target) {
        case FAST -> 4;
        case ACCURATE -> 8;
        case STOCK -> 40;
      };
      return a -> {
        ThroughputTest.sleep(millis);
        return a.id();
      };
    }

    @Override
    public Function<List<Article>, ?> batched(Target target) {
      calls.add("batched " + target);
      return batch -> {
        ThroughputTest.sleep(4L * batch.size());
        return batch.size();
      };
    }

    @Override
    public Function<Article, ?> annotationOnly() {
      calls.add("annotationOnly");
      return a -> {
        ThroughputTest.sleep(3);
        return a.id();
      };
    }

    /** A JIT that has nothing left to compile: every warm-up settles after its first slice. */
    @Override
    public java.util.function.LongSupplier jitMillis() {
      return () -> 7;
    }

    @Override
    public ColdStart.Result coldStart(Path seedDir) {
      calls.add("coldStart " + seedDir.getFileName());
      return new ColdStart.Result(4200, 5100, 300L * 1024 * 1024);
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(BenchEnvironment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommand(env));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void measuresEveryTargetOnEveryThreadCountAndPrintsTheTable() {
    FakeEnvironment env = new FakeEnvironment();
    Run r = run(env, "--seconds", "0.3", "--warmup", "0", "--profiles", "stock,fast,accurate", "--threads", "2,1",
        "--cost-rounds", "100");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(env.calls).containsExactly(
        "coldStart seeds", "load FAST", "annotationOnly", "batched FAST", "load ACCURATE", "load STOCK");
    assertThat(r.out()).contains("5 seed articles (2906 words)")
        .contains("fast / stock, 1 thread(s):")
        .contains("fast / stock, 2 thread(s):")
        .contains("build to first result 4.2 s")
        .contains("heap after GC (fresh JVM, fast extractor, after first result): 300 MB")
        .contains("our extraction on top of annotation (fast, 1 thread, 500 articles, the two in turn in blocks of 48)")
        .contains("  per block (11 blocks): median ")
        .contains("in batches of " + BenchCommand.BATCH + ", as extractAll runs them (500 articles): annotation ")
        .contains("    per block (" + batchBlocks() + " blocks): median ");
    assertThat(r.out().lines().filter(l -> l.matches("^(fast|accurate|stock) +[12] .*"))).hasSize(6);
  }

  @Test
  void jsonCarriesTheRatesRatiosAndSpeedUps() throws Exception {
    Run r = run(new FakeEnvironment(), "--seconds", "0.3", "--warmup", "0.05", "--profiles", "fast,stock",
        "--no-cold-start", "--json", "--cost-rounds", "100");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("runs")).hasSize(4);
    JsonNode fast1 = json.get("runs").get(0);
    assertThat(fast1.get("pipeline").asText()).isEqualTo("fast");
    assertThat(fast1.get("threads").asInt()).isEqualTo(1);
    // Timing ranges would be flaky on a busy machine: check that the derived figures are consistent.
    double fast1Rate = fast1.get("articlesPerSecond").asDouble();
    assertThat(fast1Rate).isEqualTo(fast1.get("articles").asDouble() / fast1.get("seconds").asDouble());
    JsonNode fast2 = json.get("runs").get(1);
    JsonNode stock1 = json.get("runs").get(2);
    assertThat(stock1.get("pipeline").asText()).isEqualTo("stock");
    assertThat(fast1.has("speedUp")).isFalse();
    assertThat(fast2.get("speedUp").asDouble()).isCloseTo(fast2.get("articlesPerSecond").asDouble() / fast1Rate,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.get("fastOverStockByThreads").get("1").asDouble())
        .isCloseTo(fast1Rate / stock1.get("articlesPerSecond").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    JsonNode cost = json.get("annotationCost");
    assertThat(cost.get("articles").asInt()).isEqualTo(500);
    assertThat(cost.get("blockArticles").asInt()).isEqualTo(48);
    assertThat(cost.get("blockOverheads")).as("500 articles in blocks of 48").hasSize(11);
    assertThat(cost.get("overhead").asDouble()).isCloseTo(
        (cost.get("extractionSeconds").asDouble() - cost.get("annotationSeconds").asDouble())
            / cost.get("annotationSeconds").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    JsonNode batched = json.get("annotationCostBatched");
    assertThat(batched.get("articles").asInt()).isEqualTo(500);
    assertThat(batched.get("batchArticles").asInt()).isEqualTo(BenchCommand.BATCH);
    assertThat(batched.get("blockArticles").asInt()).isEqualTo(BenchCommand.BATCH);
    assertThat(batched.get("blockOverheads")).hasSize(batchBlocks());
    assertThat(json.has("coldStart")).isFalse();
    assertThat(fast1.get("jitSettled").asBoolean()).isTrue();
    assertThat(fast1.get("jitMillisWhileMeasured").asLong()).isZero();
    assertThat(json.get("rounds").asInt()).isEqualTo(4);
    assertThat(r.err()).contains("incidents bench");
  }

  @Test
  void withoutFastThereIsNoRatioAndNoAnnotationCost() {
    FakeEnvironment env = new FakeEnvironment();
    Run r = run(env, "--seconds", "0.1", "--warmup", "0", "--profiles", "accurate", "--threads", "1",
        "--no-cold-start");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(env.calls).containsExactly("load ACCURATE");
    assertThat(r.out()).doesNotContain("fast / stock").doesNotContain("on top of annotation");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run(new FakeEnvironment(), "--threads", "0").code()).isEqualTo(2);
    assertThat(run(new FakeEnvironment(), "--profiles", "slow").code()).isEqualTo(2);
    assertThat(run(new FakeEnvironment(), "--seconds", "0").code()).isEqualTo(2);
    assertThat(run(new FakeEnvironment(), "--rounds", "0").code()).isEqualTo(2);
    assertThat(run(new FakeEnvironment(), "--warmup-max", "-1").code()).isEqualTo(2);
  }

  @Test
  void theCliOffersBench() {
    StringWriter out = new StringWriter();
    int code = dev.incidents.examples.cli.IncidentsCli.run(profile -> a -> null, false, new PrintWriter(out),
        new PrintWriter(new StringWriter()), "bench", "--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("--profiles").contains("stock");
  }

  @Test
  void coldStartOutputIsParsed() throws Exception {
    ColdStart.Result r = ColdStart.parse(
        "{\"buildToFirstResultMillis\":10,\"jvmStartToFirstResultMillis\":20,\"heapAfterGcBytes\":30}");
    assertThat(r).isEqualTo(new ColdStart.Result(10, 20, 30));
  }

  /** The blocks of the batched cost measurement over 500 articles: one batch a block, the last one short. */
  private static int batchBlocks() {
    return (500 + BenchCommand.BATCH - 1) / BenchCommand.BATCH;
  }
}
