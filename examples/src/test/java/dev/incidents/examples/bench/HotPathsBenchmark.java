package dev.incidents.examples.bench;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.text.Normalizer;
import dev.incidents.examples.Fixtures;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the hot paths that need no models: normalising a seed article and writing a
 * result as compact JSON (and reading it back). Run on demand, never in the default build:
 *
 * <pre>
 * mvn -Pjmh -DskipTests test -pl examples -am                        # every *Benchmark
 * mvn -Pjmh -DskipTests test -pl examples -am -Djmh.args="HotPaths -f 1 -wi 2 -i 3 -r 2s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathsBenchmark {
  private Normalizer normalizer;
  private String seedText;
  private ExtractionResult result;
  private String resultJson;

  @Setup
  public void setUp() throws IOException {
    normalizer = Normalizer.standard();
    Article seed = SeedCorpus.read(SeedCorpus.locate(null)).get(2);
    seedText = seed.text();
    result = Fixtures.fakeExtraction(false).apply(seed);
    resultJson = IncidentJson.toCompactJson(result);
  }

  @Benchmark
  public Normalizer.Normalized normalizeSeed() {
    return normalizer.normalize(seedText);
  }

  @Benchmark
  public String resultToCompactJson() {
    return IncidentJson.toCompactJson(result);
  }

  @Benchmark
  public ExtractionResult resultFromJson() {
    return IncidentJson.readResult(resultJson);
  }
}
