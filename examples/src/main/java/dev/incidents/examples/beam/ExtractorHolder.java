package dev.incidents.examples.beam;

import dev.incidents.examples.BatchExtraction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One extraction function per JVM and supplier key. A runner makes many instances of a DoFn in one
 * worker JVM (one per thread, and again after failures); each calls {@link #get} in its
 * {@code @Setup}, and all share the first one built, so that the CoreNLP models load once per
 * worker. Counts the builds, so that a run can show it.
 */
public final class ExtractorHolder {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractorHolder.class);
  private static final ConcurrentMap<String, BatchExtraction> EXTRACTORS =
      new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

  private ExtractorHolder() {}

  /**
   * The function for {@code supplier.key()}, built on first call in this JVM.
   *
   * @param supplier builds the function
   * @return the shared function
   */
  public static BatchExtraction get(ExtractorSupplier supplier) {
    return EXTRACTORS.computeIfAbsent(supplier.key(), key -> {
      long t0 = System.nanoTime();
      BatchExtraction fn = supplier.create();
      int n = BUILDS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      LOG.info("built extractor {} in {} ms (build {} in this JVM)", key, (System.nanoTime() - t0) / 1_000_000, n);
      return fn;
    });
  }

  /**
   * How many times {@code key} was built in this JVM (0 or 1).
   *
   * @param key the supplier key
   * @return the number of builds
   */
  public static int builds(String key) {
    AtomicInteger n = BUILDS.get(key);
    return n == null ? 0 : n.get();
  }

  /**
   * Builds in this JVM, by key.
   *
   * @return the number of builds per key
   */
  public static Map<String, Integer> builds() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    BUILDS.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
