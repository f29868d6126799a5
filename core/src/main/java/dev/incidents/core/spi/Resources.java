package dev.incidents.core.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shared resources handed to extractor providers, looked up by type: a gazetteer, an actor
 * lexicon, the NLP pipeline. A user-supplied resource replaces the default one.
 */
public final class Resources {
  private final Map<Class<?>, Object> values = new HashMap<>();

  /**
   * Registers {@code value} as the resource of type {@code type}.
   *
   * @param <T> the resource type
   * @param type the resource type
   * @param value the resource
   * @return these resources
   */
  public synchronized <T> Resources put(Class<T> type, T value) {
    values.put(type, type.cast(value));
    return this;
  }

  /**
   * The resource of type {@code type}, if any.
   *
   * @param <T> the resource type
   * @param type the resource type
   * @return the resource, or empty
   */
  public synchronized <T> Optional<T> get(Class<T> type) {
    return Optional.ofNullable(type.cast(values.get(type)));
  }

  /**
   * The resource of type {@code type}, created by {@code factory} and kept if there is none yet.
   *
   * @param <T> the resource type
   * @param type the resource type
   * @param factory creates the resource when there is none
   * @return the resource
   */
  public synchronized <T> T getOrCreate(Class<T> type, Supplier<? extends T> factory) {
    Object v = values.get(type);
    if (v == null) {
      v = factory.get();
      values.put(type, v);
    }
    return type.cast(v);
  }
}
