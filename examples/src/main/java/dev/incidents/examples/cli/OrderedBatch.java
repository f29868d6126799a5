package dev.incidents.examples.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of inputs on several threads and hands the outputs to a sink in input order, with
 * at most a bounded window of outputs in memory. The sink always runs on the calling thread, so
 * what it writes comes out in the same order and bytes whatever the number of threads.
 */
final class OrderedBatch {
  private OrderedBatch() {}

  /**
   * Runs {@code work} over {@code inputs} on {@code threads} threads ({@code <= 1}: on the calling
   * thread). {@code work} should not throw; if it does, the batch stops with that exception.
   */
  static <I, O> void run(Iterator<I> inputs, Function<I, O> work, int threads, Consumer<O> sink) {
    if (threads <= 1) {
      while (inputs.hasNext()) {
        sink.accept(work.apply(inputs.next()));
      }
      return;
    }
    int window = threads * 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "incidents-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<O>> pending = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        I input = inputs.next();
        pending.add(pool.submit(() -> work.apply(input)));
        if (pending.size() >= window) {
          sink.accept(await(pending.poll()));
        }
      }
      while (!pending.isEmpty()) {
        sink.accept(await(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * As {@link #run}, but {@code work} takes the inputs in consecutive batches of up to {@code size}
   * and gives one output per input, in order; the sink still gets the outputs one at a time.
   */
  static <I, O> void runInBatches(Iterator<I> inputs, int size, Function<List<I>, List<O>> work, int threads,
      Consumer<O> sink) {
    if (size < 1) {
      throw new IllegalArgumentException("batches of one input at least");
    }
    Iterator<List<I>> batches = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public List<I> next() {
        List<I> batch = new ArrayList<>(size);
        while (batch.size() < size && inputs.hasNext()) {
          batch.add(inputs.next());
        }
        return batch;
      }
    };
    run(batches, batch -> {
      List<O> outputs = work.apply(batch);
      if (outputs.size() != batch.size()) {
        throw new IllegalStateException(outputs.size() + " outputs for " + batch.size() + " inputs");
      }
      return outputs;
    }, threads, outputs -> outputs.forEach(sink));
  }

  private static <O> O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
