package dev.incidents.core.spi;

/**
 * Creates an extractor; registered in {@code META-INF/services/dev.incidents.core.spi.ExtractorProvider}
 * and found by {@link ExtractorRegistry}. Each provider has a name unique among providers of its kind.
 *
 * @param <T> the kind of extractor
 */
public interface ExtractorProvider<T extends Extractor> {
  /**
   * The name users select it by ("default", "rules", ...).
   *
   * @return the name
   */
  String name();

  /**
   * The kind of extractor it creates (the SPI interface).
   *
   * @return the SPI interface
   */
  Class<T> kind();

  /**
   * Creates the extractor; {@code resources} holds shared resources such as a gazetteer.
   *
   * @param resources the shared resources
   * @return the extractor
   */
  T create(Resources resources);
}
