package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Makes {@link ArticleCoder} and {@link ExtractionResultCoder} the default coders of their types in
 * every pipeline (found by Beam through {@code META-INF/services}).
 */
public final class IncidentCoderRegistrar implements CoderProviderRegistrar {
  @Override
  public List<CoderProvider> getCoderProviders() {
    return List.of(
        CoderProviders.forCoder(TypeDescriptor.of(Article.class), ArticleCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(ExtractionResult.class), ExtractionResultCoder.of()));
  }
}
