package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs a function over a list of articles, repeated, on N threads for a fixed time, and counts the
 * articles done. Each thread takes the next article of the cycle until the time is up, then
 * finishes the one it holds; the rate divides the articles done by the time until the last thread
 * stopped, so an article in flight at the deadline is neither lost nor free.
 */
public final class Throughput {
  private Throughput() {}

  /**
   * One measurement.
   *
   * @param threads threads that ran the function
   * @param articles articles done
   * @param seconds wall time until every thread stopped
   */
  public record Measurement(int threads, long articles, double seconds) {
    /**
     * Checks the counts.
     *
     * @param threads threads that ran the function
     * @param articles articles done
     * @param seconds wall time until every thread stopped
     */
    public Measurement {
      if (threads < 1 || articles < 0 || seconds <= 0) {
        throw new IllegalArgumentException("bad measurement: " + threads + " threads, " + articles + " in " + seconds);
      }
    }

    /**
     * Articles done per second.
     *
     * @return the rate
     */
    public double articlesPerSecond() {
      return articles / seconds;
    }
  }

  /**
   * Measures {@code fn} on each thread count in turn, {@code rounds} times over, each turn taking
   * {@code perCount / rounds}, and adds up each count's turns. Alternating the counts spreads any
   * drift of the machine (other load, the JIT, the CPU's clock) over all of them instead of
   * charging it to whichever ran last.
   *
   * @param fn the per-article function
   * @param articles the articles, cycled
   * @param threadCounts the thread counts, in the order to run them in each round
   * @param perCount the total time per thread count
   * @param rounds how many turns each thread count gets
   * @return one measurement per thread count, in the order given
   */
  public static List<Measurement> alternate(Function<Article, ?> fn, List<Article> articles,
      List<Integer> threadCounts, Duration perCount, int rounds) {
    if (rounds < 1 || threadCounts.isEmpty()) {
      throw new IllegalArgumentException("need at least one round and one thread count");
    }
    long[] done = new long[threadCounts.size()];
    double[] seconds = new double[threadCounts.size()];
    Duration turn = perCount.dividedBy(rounds);
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < threadCounts.size(); i++) {
        Measurement m = run(fn, articles, threadCounts.get(i), turn, 1);
        done[i] += m.articles();
        seconds[i] += m.seconds();
      }
    }
    List<Measurement> out = new ArrayList<>();
    for (int i = 0; i < threadCounts.size(); i++) {
      out.add(new Measurement(threadCounts.get(i), done[i], seconds[i]));
    }
    return out;
  }

  /**
   * Runs {@code fn} on {@code threads} threads for at least {@code duration}, and until at least
   * {@code minArticles} are done.
   *
   * @param fn the per-article function
   * @param articles the articles, cycled
   * @param threads the number of threads
   * @param duration the least time to run
   * @param minArticles the least number of articles to do
   * @return the measurement
   */
  public static Measurement run(Function<Article, ?> fn, List<Article> articles, int threads, Duration duration,
      long minArticles) {
    Objects.requireNonNull(fn, "fn");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> {
          while (System.nanoTime() < deadline || done.get() < minArticles) {
            Article a = articles.get((int) (next.getAndIncrement() % articles.size()));
            if (fn.apply(a) == null) {
              throw new IllegalStateException("no result for " + a.id());
            }
            done.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the measured function failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Measurement(threads, done.get(), (System.nanoTime() - start) / 1e9);
  }
}
