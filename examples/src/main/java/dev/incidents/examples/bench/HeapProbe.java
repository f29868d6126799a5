package dev.incidents.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after a full collection. */
final class HeapProbe {
  private HeapProbe() {}

  /** Bytes of heap used after {@code System.gc()} (twice, so that finalisable objects go too). */
  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
