package dev.incidents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {
  @Test
  void keepsInputOrderAndReadsOnlyABoundedWindowAhead() {
    int n = 2_000;
    int threads = 3;
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Integer> inputs = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pulled.get() < n;
      }

      @Override
      public Integer next() {
        return pulled.getAndIncrement();
      }
    };
    List<Integer> seen = new ArrayList<>();
    int[] maxAhead = {0};
    OrderedBatch.run(inputs, i -> {
      if (ThreadLocalRandom.current().nextInt(20) == 0) {
        Thread.onSpinWait();
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return i * 2;
    }, threads, o -> {
      seen.add(o / 2);
      maxAhead[0] = Math.max(maxAhead[0], pulled.get() - seen.size());
    });
    assertThat(seen).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(seen.get(i)).isEqualTo(i);
    }
    assertThat(maxAhead[0]).isLessThanOrEqualTo(threads * 4);
  }
}
