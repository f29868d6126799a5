package dev.incidents.extract.date;

import dev.incidents.core.spi.DateExtractor;
import dev.incidents.core.spi.ExtractorProvider;
import dev.incidents.core.spi.Resources;

/** Registers {@link RuleDateExtractor} under the name {@value RuleDateExtractor#NAME}. */
public final class DateExtractorProvider implements ExtractorProvider<DateExtractor> {
  @Override
  public String name() {
    return RuleDateExtractor.NAME;
  }

  @Override
  public Class<DateExtractor> kind() {
    return DateExtractor.class;
  }

  @Override
  public DateExtractor create(Resources resources) {
    return new RuleDateExtractor(resources.getOrCreate(TemporalTagger.class, TemporalTagger::new));
  }
}
