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

  @Test
  void batchesKeepInputOrderOnOneThreadAndOnSeveral() {
    for (int threads : new int[] {1, 3}) {
      List<Integer> sizes = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Integer> seen = new ArrayList<>();
      OrderedBatch.runInBatches(java.util.stream.IntStream.range(0, 100).boxed().iterator(), 16, batch -> {
        sizes.add(batch.size());
        return batch.stream().map(i -> -i).toList();
      }, threads, seen::add);
      assertThat(seen).as("%d thread(s)", threads)
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100).map(i -> -i).boxed().toList());
      assertThat(sizes).hasSize(7).containsOnly(16, 4);
    }
  }

  @Test
  void aBatchMustGiveOneOutputPerInput() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrderedBatch.runInBatches(List.of(1, 2, 3).iterator(), 2,
        batch -> List.of(0), 1, o -> { })).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 outputs for 2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrderedBatch.runInBatches(List.of(1).iterator(), 0,
        batch -> batch, 1, o -> { })).isInstanceOf(IllegalArgumentException.class);
  }
}
