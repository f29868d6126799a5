package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs a pipeline until the JIT compiler has settled, so that a measurement after it sees compiled
 * code and no compiler threads competing for the cores. A fixed warm-up is not enough: on a
 * two-core machine the C2 compiler keeps a core busy for the first half-minute or more of a
 * pipeline's life, which a one-thread run gets for free (it uses the idle core) and a two-thread
 * run pays for.
 *
 * <p>The pipeline runs for the least warm-up, then in slices until the compiler worked for at most
 * {@link #SETTLED} of a slice's wall time, or until the most warm-up is spent.
 */
public final class WarmUp {
  /** Compilation time, as a fraction of a slice's wall time, under which the JIT counts as settled. */
  public static final double SETTLED = 0.02;

  private WarmUp() {}

  /**
   * How a warm-up went.
   *
   * @param seconds time spent warming up
   * @param settled whether the JIT settled before the most warm-up was spent (false also when the
   *     JVM cannot report compilation time)
   */
  public record Result(double seconds, boolean settled) {}

  /**
   * The JVM's total compilation time in milliseconds, or a supplier of -1 when the JVM does not
   * report it.
   *
   * @return the clock
   */
  public static LongSupplier jitClock() {
    CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
    if (bean == null || !bean.isCompilationTimeMonitoringSupported()) {
      return () -> -1;
    }
    return bean::getTotalCompilationTime;
  }

  /**
   * Warms {@code fn} up on {@code threads} threads.
   *
   * @param fn the pipeline
   * @param articles the articles, cycled
   * @param threads threads to run it on
   * @param least the least warm-up
   * @param most the most warm-up (when not more than {@code least}, the warm-up is {@code least})
   * @param slice how long each check of the compiler runs
   * @param jitMillis the compiler's total time so far, in ms (negative: unknown)
   * @return the time spent and whether the JIT settled
   */
  public static Result run(Function<Article, ?> fn, List<Article> articles, int threads, Duration least,
      Duration most, Duration slice, LongSupplier jitMillis) {
    if (slice.isNegative() || slice.isZero()) {
      throw new IllegalArgumentException("the slice must be positive, not " + slice);
    }
    long start = System.nanoTime();
    Throughput.run(fn, articles, threads, least, threads);
    boolean settled = false;
    while (!settled && System.nanoTime() - start < most.toNanos()) {
      long before = jitMillis.getAsLong();
      Throughput.Measurement m = Throughput.run(fn, articles, threads, slice, threads);
      long after = jitMillis.getAsLong();
      if (before < 0 || after < 0) {
        break;
      }
      settled = after - before <= SETTLED * m.seconds() * 1000;
    }
    return new Result((System.nanoTime() - start) / 1e9, settled);
  }
}
