package dev.incidents.extract.internal;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Literals one of which a match must contain, tested against a text's {@link TextGrams} before
 * any is looked up with {@link String#indexOf}. A large set is indexed by the first bit of each
 * literal's signature (its first triple of characters), so that a test costs one pass over the text's bit set rather than one test
 * per literal. Immutable and thread-safe.
 */
final class LiteralSet {
  /** Sets of up to this many literals test each literal in turn. */
  static final int SMALL = 6;

  private final String[] literals;
  /** Three signature bits a literal, flat; null when a literal is empty (every text has it). */
  private final int[] signatures;
  /**
   * For a large set: each literal's first signature bit, as a bit set over the text's bits kept only where
   * it has bits: the indexes of those words, their bits, and where their keys begin.
   */
  private final int[] words;
  private final long[] mask;
  private final int[] wordStart;
  /** For a large set: those bits in ascending order, and the literal of each. */
  private final int[] keys;
  private final int[] keyLiteral;

  LiteralSet(String[] literals) {
    this(literals, SMALL);
  }

  /** A set that indexes its literals when it has more than {@code small}. */
  LiteralSet(String[] literals, int small) {
    this.literals = literals.clone();
    int[] flat = new int[3 * literals.length];
    for (int i = 0; i < literals.length; i++) {
      int[] sig = TextGrams.signature(literals[i]);
      if (sig == null) {
        flat = null;
        break;
      }
      System.arraycopy(sig, 0, flat, 3 * i, 3);
    }
    this.signatures = flat;
    if (flat == null || literals.length <= small) {
      words = null;
      wordStart = null;
      mask = null;
      keys = null;
      keyLiteral = null;
      return;
    }
    int[] flatSignatures = flat;
    Integer[] byKey = new Integer[literals.length];
    for (int i = 0; i < byKey.length; i++) {
      byKey[i] = i;
    }
    Arrays.sort(byKey, Comparator.comparingInt((Integer i) -> flatSignatures[3 * i]));
    keys = new int[literals.length];
    keyLiteral = new int[literals.length];
    int[] wordsSeen = new int[literals.length];
    long[] maskSeen = new long[literals.length];
    int[] startSeen = new int[literals.length];
    int n = 0;
    for (int k = 0; k < byKey.length; k++) {
      int bit = flat[3 * byKey[k]];
      keys[k] = bit;
      keyLiteral[k] = byKey[k];
      if (n == 0 || wordsSeen[n - 1] != bit >>> 6) {
        wordsSeen[n] = bit >>> 6;
        startSeen[n] = k;
        n++;
      }
      maskSeen[n - 1] |= 1L << bit;
    }
    words = Arrays.copyOf(wordsSeen, n);
    mask = Arrays.copyOf(maskSeen, n);
    wordStart = Arrays.copyOf(startSeen, n);
  }

  /** Whether one of the literals lies wholly inside {@code [from, to)} of {@code folded}. */
  boolean anyWithin(TextGrams grams, String folded, int from, int to) {
    if (signatures == null) {
      return true;
    }
    if (mask == null) {
      for (int i = 0; i < literals.length; i++) {
        if (within(grams, folded, from, to, i)) {
          return true;
        }
      }
      return false;
    }
    for (int j = 0; j < words.length; j++) {
      long hits = mask[j] & grams.word(words[j]);
      int k = wordStart[j];
      while (hits != 0) {
        int bit = (words[j] << 6) + Long.numberOfTrailingZeros(hits);
        hits &= hits - 1;
        while (keys[k] < bit) {
          k++;
        }
        for (; k < keys.length && keys[k] == bit; k++) {
          if (within(grams, folded, from, to, keyLiteral[k])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The literals found in {@code folded} at or after {@code from}: their indexes into {@code
   * index} and where each first occurs into {@code at}, in no order. The walk is that of {@link
   * #anyWithin}, written out twice on purpose: one loop serving both measured about a fifth slower
   * on the prefilter's hot path.
   *
   * @return how many were found
   */
  int found(TextGrams grams, String folded, int from, int[] index, int[] at) {
    int n = 0;
    if (mask == null) {
      for (int i = 0; i < literals.length; i++) {
        n = record(grams, folded, from, i, index, at, n);
      }
      return n;
    }
    for (int j = 0; j < words.length; j++) {
      long hits = mask[j] & grams.word(words[j]);
      int k = wordStart[j];
      while (hits != 0) {
        int bit = (words[j] << 6) + Long.numberOfTrailingZeros(hits);
        hits &= hits - 1;
        while (keys[k] < bit) {
          k++;
        }
        for (; k < keys.length && keys[k] == bit; k++) {
          n = record(grams, folded, from, keyLiteral[k], index, at, n);
        }
      }
    }
    return n;
  }

  private int record(TextGrams grams, String folded, int from, int i, int[] index, int[] at, int n) {
    if (signatures != null
        && !grams.mayContain(signatures[3 * i], signatures[3 * i + 1], signatures[3 * i + 2])) {
      return n;
    }
    int position = folded.indexOf(literals[i], from);
    if (position >= 0) {
      index[n] = i;
      at[n] = position;
      return n + 1;
    }
    return n;
  }

  /** The number of literals. */
  int size() {
    return literals.length;
  }

  /** Literal {@code i}. */
  String literal(int i) {
    return literals[i];
  }

  private boolean within(TextGrams grams, String folded, int from, int to, int i) {
    if (!grams.mayContain(signatures[3 * i], signatures[3 * i + 1], signatures[3 * i + 2])) {
      return false;
    }
    String lit = literals[i];
    int at = folded.indexOf(lit, from);
    return at >= 0 && at + lit.length() <= to;
  }

  @Override
  public String toString() {
    return Arrays.toString(literals);
  }
}
