package dev.incidents.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The extractor providers found on the class path, by kind and name, the way Lucene finds its
 * analysis factories: an unknown name fails listing the known ones; two providers with the same
 * kind and name are an error.
 */
public final class ExtractorRegistry {
  private final Map<Class<?>, Map<String, ExtractorProvider<?>>> byKind;

  private ExtractorRegistry(Iterable<? extends ExtractorProvider<?>> providers) {
    Map<Class<?>, Map<String, ExtractorProvider<?>>> map = new java.util.HashMap<>();
    for (ExtractorProvider<?> p : providers) {
      Map<String, ExtractorProvider<?>> names = map.computeIfAbsent(p.kind(), k -> new TreeMap<>());
      ExtractorProvider<?> old = names.putIfAbsent(p.name(), p);
      if (old != null) {
        throw new IllegalStateException(String.format(
            "two %s providers are named '%s': %s and %s", p.kind().getSimpleName(), p.name(),
            old.getClass().getName(), p.getClass().getName()));
      }
    }
    this.byKind = map;
  }

  /**
   * The providers registered through {@link ServiceLoader} with the given class loader.
   *
   * @param loader the class loader to search
   * @return the registry
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static ExtractorRegistry load(ClassLoader loader) {
    List<ExtractorProvider<?>> list = new ArrayList<>();
    for (ExtractorProvider p : ServiceLoader.load(ExtractorProvider.class, loader)) {
      list.add(p);
    }
    return new ExtractorRegistry(list);
  }

  /**
   * The providers registered with this library's class loader.
   *
   * @return the registry
   */
  public static ExtractorRegistry load() {
    return load(ExtractorRegistry.class.getClassLoader());
  }

  /**
   * A registry of exactly these providers.
   *
   * @param providers the providers
   * @return the registry
   */
  public static ExtractorRegistry of(List<? extends ExtractorProvider<?>> providers) {
    return new ExtractorRegistry(providers);
  }

  /**
   * The provider of kind {@code kind} named {@code name}.
   *
   * @param <T> the kind of extractor
   * @param kind the SPI interface
   * @param name the provider name
   * @return the provider
   * @throws IllegalArgumentException if there is no such provider
   */
  @SuppressWarnings("unchecked")
  public <T extends Extractor> ExtractorProvider<T> provider(Class<T> kind, String name) {
    Map<String, ExtractorProvider<?>> names = byKind.getOrDefault(kind, Map.of());
    ExtractorProvider<?> p = names.get(name);
    if (p == null) {
      throw new IllegalArgumentException(String.format(
          "no %s named '%s'; known names: %s", kind.getSimpleName(), name, names.keySet()));
    }
    return (ExtractorProvider<T>) p;
  }

  /**
   * The names registered for {@code kind}, sorted.
   *
   * @param kind the SPI interface
   * @return the names
   */
  public List<String> names(Class<? extends Extractor> kind) {
    return List.copyOf(byKind.getOrDefault(kind, Map.of()).keySet());
  }

  /**
   * Every registered provider.
   *
   * @return the providers
   */
  public List<ExtractorProvider<?>> all() {
    List<ExtractorProvider<?>> out = new ArrayList<>();
    byKind.values().forEach(m -> out.addAll(m.values()));
    return out;
  }
}
