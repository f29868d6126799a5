package dev.incidents.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.Article;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  private static final List<Article> ARTICLES = List.of(Article.of("one").withId("a"));
  private static final Duration SLICE = Duration.ofMillis(20);

  /** A JIT clock that compiles {@code busySlices} times for a whole slice, then stops. */
  private static LongSupplier compilerBusyFor(int busySlices) {
    AtomicInteger reads = new AtomicInteger();
    return () -> {
      int n = reads.getAndIncrement();
      // read twice per slice (before and after): slices 0..busySlices-1 add 1 s of compiling
      return 1000L * Math.min(n / 2 + n % 2, busySlices);
    };
  }

  @Test
  void goesOnUntilTheCompilerSettles() {
    WarmUp.Result r = WarmUp.run(a -> a, ARTICLES, 1, Duration.ZERO, Duration.ofSeconds(30), SLICE,
        compilerBusyFor(3));
    assertThat(r.settled()).isTrue();
    // three busy slices, then one quiet one
    assertThat(r.seconds()).isGreaterThanOrEqualTo(0.08).isLessThan(5);
  }

  @Test
  void stopsAtTheMostWhenTheCompilerNeverSettles() {
    LongSupplier alwaysBusy = new LongSupplier() {
      private long t;

      @Override
      public long getAsLong() {
        return t += 1000;
      }
    };
    WarmUp.Result r = WarmUp.run(a -> a, ARTICLES, 1, Duration.ZERO, Duration.ofMillis(100), SLICE, alwaysBusy);
    assertThat(r.settled()).isFalse();
    assertThat(r.seconds()).isGreaterThanOrEqualTo(0.1);
  }

  @Test
  void anUnknownCompilerTimeEndsTheWarmUpAfterTheLeast() {
    WarmUp.Result r = WarmUp.run(a -> a, ARTICLES, 1, Duration.ofMillis(30), Duration.ofSeconds(30), SLICE,
        () -> -1);
    assertThat(r.settled()).isFalse();
    assertThat(r.seconds()).isGreaterThanOrEqualTo(0.03).isLessThan(5);
  }

  @Test
  void aMostUnderTheLeastMeansAFixedWarmUp() {
    WarmUp.Result r = WarmUp.run(a -> a, ARTICLES, 1, Duration.ofMillis(30), Duration.ZERO, SLICE,
        compilerBusyFor(100));
    assertThat(r.settled()).isFalse();
    assertThat(r.seconds()).isGreaterThanOrEqualTo(0.03).isLessThan(5);
  }

  @Test
  void theSliceMustBePositive() {
    assertThatThrownBy(() -> WarmUp.run(a -> a, ARTICLES, 1, Duration.ZERO, Duration.ZERO, Duration.ZERO, () -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theJvmClockCountsUp() {
    LongSupplier clock = WarmUp.jitClock();
    long first = clock.getAsLong();
    assertThat(clock.getAsLong()).isGreaterThanOrEqualTo(first);
  }
}
