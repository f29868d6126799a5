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

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
