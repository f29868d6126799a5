package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.spi.ActorExtractor;
import dev.incidents.core.spi.Assembly;
import dev.incidents.core.spi.CasualtyExtractor;
import dev.incidents.core.spi.ClaimExtractor;
import dev.incidents.core.spi.DateExtractor;
import dev.incidents.core.spi.ExtractorRegistry;
import dev.incidents.core.spi.Facts;
import dev.incidents.core.spi.IncidentAssembler;
import dev.incidents.core.spi.PlaceExtractor;
import dev.incidents.core.spi.Resources;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
 * JMH benchmarks of our own extraction, the part that runs after CoreNLP: each default extractor
 * and the assembler on the five seed articles, analysed once (fast profile) in the setup. The sum
 * of the six is what {@code ./incidents bench} reports as the cost on top of annotation. Run on
 * demand, never in the default build:
 *
 * <pre>
 * mvn -Pjmh -DskipTests test -pl examples -am -Djmh.args="RuleExtractors -f 1 -wi 3 -i 5 -r 2s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleExtractorsBenchmark {
  private static final ReferenceContext CONTEXT = new ReferenceContext(LocalDate.of(2025, 7, 20), null);

  private List<AnalyzedText> texts;
  private DateExtractor dates;
  private CasualtyExtractor casualties;
  private PlaceExtractor places;
  private ActorExtractor actors;
  private ClaimExtractor claims;
  private IncidentAssembler assembler;
  private List<Facts> facts;

  @Setup
  public void setUp() throws IOException {
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerProfile.FAST);
    Normalizer normalizer = Normalizer.standard();
    List<Article> seeds = SeedCorpus.read(SeedCorpus.locate(null));
    texts = seeds.stream().map(a -> analyzer.analyze(normalizer.normalize(a.text()).text())).toList();
    ExtractorRegistry registry = ExtractorRegistry.load();
    Resources resources = new Resources();
    dates = registry.provider(DateExtractor.class, "rules").create(resources);
    casualties = registry.provider(CasualtyExtractor.class, "rules").create(resources);
    places = registry.provider(PlaceExtractor.class, "gazetteer").create(resources);
    actors = registry.provider(ActorExtractor.class, "lexicon").create(resources);
    claims = registry.provider(ClaimExtractor.class, "rules").create(resources);
    assembler = registry.provider(IncidentAssembler.class, "rules").create(resources);
    facts = texts.stream().map(t -> {
      var a = actors.extract(t);
      return new Facts(dates.extract(t, CONTEXT), casualties.extract(t), places.extract(t), a, claims.extract(t, a));
    }).toList();
  }

  /** Dates of the five seeds. */
  @Benchmark
  public int dates() {
    int n = 0;
    for (AnalyzedText t : texts) {
      n += dates.extract(t, CONTEXT).size();
    }
    return n;
  }

  /** Casualty figures of the five seeds. */
  @Benchmark
  public int casualties() {
    int n = 0;
    for (AnalyzedText t : texts) {
      n += casualties.extract(t).size();
    }
    return n;
  }

  /** Places of the five seeds. */
  @Benchmark
  public int places() {
    int n = 0;
    for (AnalyzedText t : texts) {
      n += places.extract(t).size();
    }
    return n;
  }

  /** Actors and claims of the five seeds. */
  @Benchmark
  public int actorsAndClaims() {
    int n = 0;
    for (AnalyzedText t : texts) {
      n += claims.extract(t, actors.extract(t)).size();
    }
    return n;
  }

  /** Incidents assembled from the five seeds' facts. */
  @Benchmark
  public int assembly() {
    int n = 0;
    for (int i = 0; i < texts.size(); i++) {
      Assembly a = assembler.assemble("seed", texts.get(i), CONTEXT, facts.get(i));
      n += a.incidents().size();
    }
    return n;
  }
}
