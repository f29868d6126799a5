package dev.incidents.extract.internal;

/**
 * The characters and pairs of adjacent characters a text contains, hashed into a few thousand
 * bits. A literal one of whose pairs is missing is not in the text, which a few bit tests tell
 * without scanning it; a literal whose pairs are all there may be, and {@link String#indexOf}
 * decides. Each thread keeps the grams of the texts it asked about lately (by identity), so that
 * the many rules run over one sentence, in every extractor, index it once. Not thread-safe: use only through {@link #of}.
 */
final class TextGrams {
  private static final int PAIR_BITS = 4096;
  private static final int CHAR_BITS = 256;
  /** How many texts each thread remembers: a table by identity hash, one text a slot. */
  private static final int KEPT = 256;
  private static final ThreadLocal<TextGrams[]> RECENT = ThreadLocal.withInitial(() -> new TextGrams[KEPT]);

  private final long[] bits = new long[(PAIR_BITS + CHAR_BITS) / 64];
  private String text;

  private TextGrams() {}

  /**
   * The grams of {@code text}, computed now or remembered from an earlier call on this thread.
   * Valid until the thread's next call.
   *
   * @param text a text
   * @return its grams
   */
  static TextGrams of(String text) {
    TextGrams[] recent = RECENT.get();
    int slot = System.identityHashCode(text) & (KEPT - 1);
    TextGrams g = recent[slot];
    if (g == null) {
      g = recent[slot] = new TextGrams();
    } else if (g.text == text) {
      return g;
    }
    g.index(text);
    return g;
  }

  private void index(String s) {
    java.util.Arrays.fill(bits, 0L);
    int n = s.length();
    if (n == 0) {
      text = s;
      return;
    }
    char previous = s.charAt(0);
    set(charBit(previous));
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      set(charBit(c));
      set(pairBit(previous, c));
      previous = c;
    }
    text = s;
  }

  private void set(int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  /**
   * Whether the text may contain a literal of signature {@code (a, b, c)}: false when it surely
   * does not.
   *
   * @param a a bit of the signature
   * @param b a bit of the signature
   * @param c a bit of the signature
   * @return false when the literal is not in the text
   */
  boolean mayContain(int a, int b, int c) {
    return (bits[a >>> 6] & (1L << a)) != 0 && (bits[b >>> 6] & (1L << b)) != 0
        && (bits[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * Three bits a text containing {@code literal} has set: its three least common pairs of
   * characters (its one character when it has one; none when it is empty, which every text
   * contains), the rarest first.
   *
   * @param literal a literal
   * @return the bits, or null for the empty literal
   */
  static int[] signature(String literal) {
    int n = literal.length();
    if (n == 0) {
      return null;
    }
    if (n == 1) {
      int bit = charBit(literal.charAt(0));
      return new int[] {bit, bit, bit};
    }
    // pairs ordered by how common they are in English text, least common first, then by position
    Integer[] order = new Integer[n - 1];
    for (int i = 0; i < n - 1; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order,
        java.util.Comparator.comparingInt((Integer i) -> COMMON_PAIRS.indexOf(literal.substring(i, i + 2))));
    int[] sig = new int[3];
    for (int k = 0; k < 3; k++) {
      int i = order[Math.min(k, n - 2)];
      sig[k] = pairBit(literal.charAt(i), literal.charAt(i + 1));
    }
    return sig;
  }

  /** The most common pairs of characters in English text, commonest last ('_' for a space). */
  private static final String COMMON_PAIRS = String.join("|", java.util.List.of(
      "ur", "om", "si", "ma", "be", "ll", "ch", "li", "ce", "ra", "ea", "ne", "ic", "ro", "ri", "hi", "de",
      "me", "co", "ve", "le", "io", "ou", "as", "ha", "se", "ng", "nt", "to", "st", "ar", "al", "it", "is",
      "ed", "of", "te", "or", "es", "ti", "nd", "en", "at", "on", "re", "an", "er", "in", "he", "th",
      "_g", "_n", "_l", "_e", "_r", "_d", "o_", "r_", "_m", "_f", "_p", "_b", "_h", "y_", "_c", "_w",
      "n_", "_i", "_o", "_s", "t_", "d_", "_a", "s_", "_t", "e_")).replace('_', ' ');

  /** The number of 64-bit words of the bit set. */
  static final int WORDS = (PAIR_BITS + CHAR_BITS) / 64;

  /**
   * Word {@code w} of the bit set.
   *
   * @param w the word's index, below {@link #WORDS}
   * @return its bits
   */
  long word(int w) {
    return bits[w];
  }

  private static int charBit(char c) {
    return PAIR_BITS + (c & (CHAR_BITS - 1));
  }

  private static int pairBit(char a, char b) {
    return ((a << 16 | b) * 0x9E3779B1) >>> 20; // the top 12 bits: 0..4095
  }
}
