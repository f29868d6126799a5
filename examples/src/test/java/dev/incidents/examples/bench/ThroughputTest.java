package dev.incidents.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.Article;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ThroughputTest {
  private static final List<Article> ARTICLES = List.of(
      Article.of("one").withId("a"), Article.of("two").withId("b"), Article.of("three").withId("c"));

  @Test
  void cyclesTheArticlesOnEveryThreadUntilTheTimeIsUp() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Throughput.Measurement m = Throughput.run(a -> {
      seen.add(a.id());
      threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
      sleep(2);
      return a.id();
    }, ARTICLES, 2, Duration.ofMillis(150), 1);
    assertThat(seen).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(threads).hasSize(2);
    assertThat(m.seconds()).isGreaterThanOrEqualTo(0.15);
    assertThat(m.articles()).isGreaterThan(10);
    assertThat(m.articlesPerSecond()).isEqualTo(m.articles() / m.seconds());
  }

  @Test
  void runsPastTheDeadlineUntilTheMinimumIsDone() {
    Throughput.Measurement m = Throughput.run(a -> a, ARTICLES, 1, Duration.ZERO, 7);
    assertThat(m.articles()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void aFailingOrEmptyFunctionFailsTheMeasurement() {
    assertThatThrownBy(() -> Throughput.run(a -> {
      throw new IllegalStateException("boom");
    }, ARTICLES, 2, Duration.ofMillis(10), 1)).hasMessageContaining("boom");
    assertThatThrownBy(() -> Throughput.run(a -> null, ARTICLES, 1, Duration.ofMillis(10), 1))
        .hasMessageContaining("no result");
  }

  @Test
  void alternatesTheThreadCountsAndAddsUpTheirTurns() {
    List<Thread> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Throughput.Measurement> ms = Throughput.alternate(a -> {
      calls.add(Thread.currentThread());
      sleep(1);
      return a.id();
    }, ARTICLES, List.of(2, 1), Duration.ofMillis(120), 3);
    assertThat(ms).extracting(Throughput.Measurement::threads).containsExactly(2, 1);
    assertThat(ms).allSatisfy(m -> {
      assertThat(m.seconds()).isGreaterThanOrEqualTo(0.12);
      assertThat(m.articles()).isGreaterThan(3);
    });
    // each turn has its own pool: the pools' sizes, in the order they ran, show the alternation
    assertThat(poolSizes(calls)).containsExactly(2, 1, 2, 1, 2, 1);
    assertThatThrownBy(() -> Throughput.alternate(a -> a, ARTICLES, List.of(1), Duration.ofMillis(10), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Threads grouped into the pools they came from: a pool ends before the next one's first call. */
  private static List<Integer> poolSizes(List<Thread> calls) {
    List<Integer> sizes = new java.util.ArrayList<>();
    Set<Thread> pool = new java.util.HashSet<>();
    for (int i = 0; i < calls.size(); i++) {
      Thread t = calls.get(i);
      int at = i;
      if (!pool.isEmpty() && pool.stream().allMatch(p -> calls.lastIndexOf(p) < at)) {
        sizes.add(pool.size());
        pool.clear();
      }
      pool.add(t);
    }
    sizes.add(pool.size());
    return sizes;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
