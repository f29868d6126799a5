package dev.incidents.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
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
