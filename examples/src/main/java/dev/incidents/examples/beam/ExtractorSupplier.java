package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Function;

/**
 * Makes the extraction function on a worker. It is serialized with the pipeline and called there,
 * once per worker JVM and {@link #key()} (see {@link ExtractorHolder}); the function it makes must
 * be thread-safe. Tests pass a fake.
 */
public interface ExtractorSupplier extends Serializable {
  /** Names what {@link #create()} builds: two suppliers with the same key share one extractor per JVM. */
  String key();

  /** Builds the extraction function (loads models: slow, done once per worker). */
  Function<Article, ExtractionResult> create();

  /** The library's {@link IncidentExtractor} with the given profile. */
  static ExtractorSupplier models(AnalyzerProfile profile) {
    return new Models(profile);
  }

  /** {@link IncidentExtractor} with a profile. */
  record Models(AnalyzerProfile profile) implements ExtractorSupplier {
    public Models {
      Objects.requireNonNull(profile, "profile");
    }

    @Override
    public String key() {
      return "incident-extractor/" + profile;
    }

    @Override
    public Function<Article, ExtractionResult> create() {
      return IncidentExtractor.builder().profile(profile).build()::extract;
    }
  }
}
