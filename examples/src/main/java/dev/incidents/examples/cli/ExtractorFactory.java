package dev.incidents.examples.cli;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.BatchExtraction;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.util.function.Function;

/**
 * Makes the extraction function the commands run. The real one loads the models; tests pass a
 * fake, so that the commands' logic is tested without them. The function must be thread-safe.
 */
@FunctionalInterface
public interface ExtractorFactory {
  /**
   * An extraction function for this profile.
   *
   * @param profile the annotator profile
   * @return the extraction function
   */
  Function<Article, ExtractionResult> create(AnalyzerProfile profile);

  /**
   * The extraction of one article and of a batch for this profile; called once per command run.
   * By default the batch is extracted one article at a time with {@link #create}'s function.
   *
   * @param profile the annotator profile
   * @return the extraction
   */
  default BatchExtraction extraction(AnalyzerProfile profile) {
    return create(profile)::apply;
  }

  /**
   * The library's {@link IncidentExtractor}, built once with the given profile; batches go to
   * {@link IncidentExtractor#extractAll} on the calling thread.
   *
   * @return the factory
   */
  static ExtractorFactory models() {
    return new ExtractorFactory() {
      @Override
      public Function<Article, ExtractionResult> create(AnalyzerProfile profile) {
        return extraction(profile);
      }

      @Override
      public BatchExtraction extraction(AnalyzerProfile profile) {
        IncidentExtractor x = IncidentExtractor.builder().profile(profile).build();
        return BatchExtraction.of(x::extract, articles -> x.extractAll(articles, 1));
      }
    };
  }
}
