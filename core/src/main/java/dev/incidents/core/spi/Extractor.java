package dev.incidents.core.spi;

/** Common face of every pluggable extractor: a registered name. Implementations must be thread-safe. */
public interface Extractor {
  /**
   * The name it is registered and selected under.
   *
   * @return the name
   */
  String name();
}
