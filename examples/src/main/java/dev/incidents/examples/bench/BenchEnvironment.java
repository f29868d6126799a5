package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What {@code incidents bench} measures: the real models in {@link #models()}, fakes in tests.
 * Every function returned must be thread-safe.
 */
public interface BenchEnvironment {
  /**
   * Loads a target (models and data) and returns its per-article function.
   *
   * @param target the target
   * @return the per-article function
   */
  Function<Article, ?> load(Target target);

  /**
   * Normalisation and CoreNLP annotation alone, as done inside extraction with the FAST profile.
   *
   * @return the per-article function
   */
  Function<Article, ?> annotationOnly();

  /**
   * The JIT compiler's total time so far in milliseconds (negative when unknown), which the
   * warm-up watches to see it settle.
   *
   * @return the clock
   */
  default LongSupplier jitMillis() {
    return WarmUp.jitClock();
  }

  /**
   * Cold start and heap, measured in a fresh JVM.
   *
   * @param seedDir the seed corpus
   * @return the measurement
   * @throws IOException if the child JVM cannot be run
   */
  ColdStart.Result coldStart(Path seedDir) throws IOException;

  /**
   * The real extractor, the real analyzer, and CoreNLP's stock pipeline.
   *
   * @return the environment
   */
  static BenchEnvironment models() {
    return new BenchEnvironment() {
      @Override
      public Function<Article, ?> load(Target target) {
        return switch (target) {
          case FAST -> IncidentExtractor.builder().profile(AnalyzerProfile.FAST).build()::extract;
          case ACCURATE -> IncidentExtractor.builder().profile(AnalyzerProfile.ACCURATE).build()::extract;
          case STOCK -> new StockPipeline();
        };
      }

      @Override
      public Function<Article, ?> annotationOnly() {
        Normalizer normalizer = Normalizer.standard();
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerProfile.FAST).warmUp();
        return article -> analyzer.analyze(normalizer.normalize(article.text()).text());
      }

      @Override
      public ColdStart.Result coldStart(Path seedDir) throws IOException {
        return ColdStart.spawn(seedDir);
      }
    };
  }
}
