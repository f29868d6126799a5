package dev.incidents.extract.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one thread keeps between the questions its rules ask: the texts it folded lately with their
 * foldings ({@link Prefilter#fold}), the grams of the folded texts it asked about ({@link
 * TextGrams}), a matcher for each expression it searched with ({@link Regex}, {@link
 * EndAnchored}), and the work arrays of a search. One thread-local for them all, looked up once a
 * question: separate ones, looked up three or four times a question in a table that CoreNLP's run
 * has pushed out of the cache, cost a few percent of the rules' time.
 * Not thread-safe: each thread uses its own, from {@link #get}.
 */
final class ThreadCaches {
  /**
   * The sets of the table of foldings each thread remembers: by identity hash, two texts a set
   * (each with its folding), the one asked about longer ago replaced first, so that a sentence read
   * by many rules stays while pieces cut from it come and go.
   */
  static final int FOLD_SETS = 128;
  /** The sets of the table of grams each thread remembers: the same way, two texts a set. */
  static final int GRAM_SETS = 128;
  /** How many expressions' matchers each thread keeps: a table by the expression's number. */
  private static final int MATCHERS_KEPT = 512;
  private static final ThreadLocal<ThreadCaches> OF_THREAD = ThreadLocal.withInitial(ThreadCaches::new);
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  /** Texts folded lately, each followed by its folding. */
  final String[] folds = new String[4 * FOLD_SETS];
  /** The grams of texts asked about lately. */
  final TextGrams[] grams = new TextGrams[2 * GRAM_SETS];
  private final Matcher[] matchers = new Matcher[MATCHERS_KEPT];
  /** Two work arrays for a search's start literals and where each occurs next ({@link #startIndexes}). */
  private int[] starts = new int[64];
  private int[] nexts = new int[64];

  private ThreadCaches() {}

  /**
   * This thread's caches.
   *
   * @return them
   */
  static ThreadCaches get() {
    return OF_THREAD.get();
  }

  /**
   * The work array for the numbers of the start literals a text holds, at least {@code n} long
   * (the same array each time: one search at a time).
   *
   * @param n the least length
   * @return the array
   */
  int[] startIndexes(int n) {
    return starts = atLeast(starts, n);
  }

  /**
   * The work array for where each start literal occurs next, at least {@code n} long.
   *
   * @param n the least length
   * @return the array
   */
  int[] startPlaces(int n) {
    return nexts = atLeast(nexts, n);
  }

  /** {@code array} when it is at least {@code n} long, else a new, longer one. */
  private static int[] atLeast(int[] array, int n) {
    return array.length >= n ? array : new int[Math.max(n, 2 * array.length)];
  }

  /**
   * A new expression's number, for {@link #matcher}.
   *
   * @return the next number
   */
  static int number() {
    return NUMBERS.getAndIncrement();
  }

  /**
   * A matcher of {@code pattern} kept for this thread, in the slot of expression number {@code id}:
   * made anew when the slot holds another pattern's (expressions made after the first 512 share
   * slots, so a long-lived program that keeps making extractors keeps a bounded number).
   *
   * @param id the expression's number
   * @param pattern its pattern
   * @return a matcher of the pattern, in whatever state its last use left it
   */
  Matcher matcher(int id, Pattern pattern) {
    int slot = id & (MATCHERS_KEPT - 1);
    Matcher m = matchers[slot];
    if (m == null || m.pattern() != pattern) {
      m = matchers[slot] = pattern.matcher("");
    }
    return m;
  }
}
