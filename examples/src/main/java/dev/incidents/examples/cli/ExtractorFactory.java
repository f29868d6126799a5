package dev.incidents.examples.cli;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
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
   * An extraction function for this profile; called once per command run.
   *
   * @param profile the annotator profile
   * @return the extraction function
   */
  Function<Article, ExtractionResult> create(AnalyzerProfile profile);

  /**
   * The library's {@link IncidentExtractor}, built once with the given profile.
   *
   * @return the factory
   */
  static ExtractorFactory models() {
    return profile -> IncidentExtractor.builder().profile(profile).build()::extract;
  }
}
