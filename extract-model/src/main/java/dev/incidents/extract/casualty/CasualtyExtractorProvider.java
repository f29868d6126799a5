package dev.incidents.extract.casualty;

import dev.incidents.core.spi.CasualtyExtractor;
import dev.incidents.core.spi.ExtractorProvider;
import dev.incidents.core.spi.Resources;
import dev.incidents.extract.attribution.Attribution;

/** Provides the {@link RuleCasualtyExtractor} under the name {@value RuleCasualtyExtractor#NAME}. */
public final class CasualtyExtractorProvider implements ExtractorProvider<CasualtyExtractor> {
  @Override
  public String name() {
    return RuleCasualtyExtractor.NAME;
  }

  @Override
  public Class<CasualtyExtractor> kind() {
    return CasualtyExtractor.class;
  }

  @Override
  public CasualtyExtractor create(Resources resources) {
    return new RuleCasualtyExtractor(resources.getOrCreate(Attribution.class, Attribution::standard));
  }
}
