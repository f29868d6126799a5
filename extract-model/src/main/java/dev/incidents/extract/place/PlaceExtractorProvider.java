package dev.incidents.extract.place;

import dev.incidents.core.spi.ExtractorProvider;
import dev.incidents.core.spi.PlaceExtractor;
import dev.incidents.core.spi.Resources;

/**
 * Provides the {@link GazetteerPlaceExtractor}. It takes the {@link Gazetteer} from the resources,
 * so a user can supply their own ({@code resources.put(Gazetteer.class, myGazetteer)}); otherwise
 * the bundled one.
 */
public final class PlaceExtractorProvider implements ExtractorProvider<PlaceExtractor> {
  @Override
  public String name() {
    return GazetteerPlaceExtractor.NAME;
  }

  @Override
  public Class<PlaceExtractor> kind() {
    return PlaceExtractor.class;
  }

  @Override
  public PlaceExtractor create(Resources resources) {
    return new GazetteerPlaceExtractor(resources.getOrCreate(Gazetteer.class, Gazetteer::bundled));
  }
}
