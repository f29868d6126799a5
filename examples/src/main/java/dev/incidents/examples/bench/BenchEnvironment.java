package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
   * The whole extraction of a batch of articles on one thread, as {@code extractAll} runs it, by
   * a target {@link #load}ed before (FAST or ACCURATE).
   *
   * @param target the target
   * @return the batch function
   */
  Function<List<Article>, ?> batched(Target target);

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
      private final Map<Target, IncidentExtractor> extractors = new EnumMap<>(Target.class);

      @Override
      public Function<Article, ?> load(Target target) {
        return switch (target) {
          case FAST -> extractor(target, AnalyzerProfile.FAST)::extract;
          case ACCURATE -> extractor(target, AnalyzerProfile.ACCURATE)::extract;
          case STOCK -> new StockPipeline();
        };
      }

      private IncidentExtractor extractor(Target target, AnalyzerProfile profile) {
        IncidentExtractor x = IncidentExtractor.builder().profile(profile).build();
        extractors.put(target, x);
        return x;
      }

      @Override
      public Function<List<Article>, ?> batched(Target target) {
        IncidentExtractor x = extractors.get(target);
        if (x == null) {
          throw new IllegalStateException(target + " has not been loaded");
        }
        return articles -> x.extractAll(articles, 1);
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
