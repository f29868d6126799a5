package dev.incidents.examples.beam;

import dev.incidents.examples.BatchExtraction;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.io.Serializable;
import java.util.Objects;

/**
 * Makes the extraction function on a worker. It is serialized with the pipeline and called there,
 * once per worker JVM and {@link #key()} (see {@link ExtractorHolder}); the function it makes must
 * be thread-safe. Tests pass a fake.
 */
public interface ExtractorSupplier extends Serializable {
  /**
   * Names what {@link #create()} builds: two suppliers with the same key share one extractor per JVM.
   *
   * @return the key
   */
  String key();

  /**
   * Builds the extraction function (loads models: slow, done once per worker).
   *
   * @return the extraction function
   */
  BatchExtraction create();

  /**
   * The library's {@link IncidentExtractor} with the given profile.
   *
   * @param profile the annotator profile
   * @return the supplier
   */
  static ExtractorSupplier models(AnalyzerProfile profile) {
    return new Models(profile);
  }

  /**
   * {@link IncidentExtractor} with a profile.
   *
   * @param profile the annotator profile
   * @serial exclude
   */
  record Models(AnalyzerProfile profile) implements ExtractorSupplier {
    /**
     * Checks that the profile is present.
     *
     * @param profile the annotator profile
     */
    public Models {
      Objects.requireNonNull(profile, "profile");
    }

    @Override
    public String key() {
      return "incident-extractor/" + profile;
    }

    @Override
    public BatchExtraction create() {
      IncidentExtractor extractor = IncidentExtractor.builder().profile(profile).build();
      return BatchExtraction.of(extractor::extract, articles -> extractor.extractAll(articles, 1));
    }
  }
}
