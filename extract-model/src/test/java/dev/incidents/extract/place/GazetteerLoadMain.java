package dev.incidents.extract.place;

/**
 * Measures loading the bundled gazetteer: time and retained heap. Run by hand, not as a test:
 * {@code java -cp <test class path> dev.incidents.extract.place.GazetteerLoadMain}.
 */
public final class GazetteerLoadMain {
  private GazetteerLoadMain() {}

  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.bundled();
    long t1 = System.nanoTime();
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("entries %d, load %.2f s, retained heap %.1f MB%n", g.size(), (t1 - t0) / 1e9,
        (after - before) / 1e6);
    System.out.println("unresolved aliases: " + g.unresolvedAliases());
    for (String n : args) {
      System.out.println(n + " -> " + g.lookup(n));
    }
  }
}
