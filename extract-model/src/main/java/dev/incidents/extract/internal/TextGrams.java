package dev.incidents.extract.internal;

/**
 * The characters and the triples of adjacent characters a text contains, hashed into a few
 * thousand bits. A literal one of whose triples is missing is not in the text, which a few bit
 * tests tell without scanning it; a literal whose triples are all there may be, and {@link
 * String#indexOf} decides. Triples rather than pairs: the words rules look for ("stated", " later")
 * are made of pairs that most sentences hold somewhere, so pairs let most absent words through to
 * {@code indexOf}, triples few. A two-character literal is asked for by its two characters: such
 * literals are few, and setting a pair's bit for every character of every text indexed cost a third
 * of the indexing. Each thread keeps the grams of the texts it asked about lately (by
 * identity), so that the many rules run over one sentence, in every extractor, index it once. Not
 * thread-safe: use only through {@link #of}, with the asking thread's {@link ThreadCaches}.
 */
final class TextGrams {
  private static final int TRIPLE_BITS = 2048;
  private static final int CHAR_BITS = 256;

  private final long[] bits = new long[WORDS];
  private String text;

  private TextGrams() {}

  /**
   * The grams of {@code text}, computed now or remembered from an earlier call on this thread.
   * Valid until the thread's next call.
   *
   * @param text a text
   * @param caches this thread's caches
   * @return its grams
   */
  static TextGrams of(String text, ThreadCaches caches) {
    TextGrams[] recent = caches.grams;
    int set = set(text);
    TextGrams first = recent[set];
    if (first != null && first.text == text) {
      return first;
    }
    TextGrams g = recent[set + 1];
    if (g == null) {
      g = new TextGrams();
    }
    if (g.text != text) {
      g.index(text); // in place of the one asked about longer ago
    }
    recent[set] = g;
    recent[set + 1] = first;
    return g;
  }

  /**
   * Whether this thread holds the grams of {@code text} (nothing is indexed).
   *
   * @param text a text
   * @param caches this thread's caches
   * @return whether {@link #of} would answer without indexing
   */
  static boolean known(String text, ThreadCaches caches) {
    int set = set(text);
    TextGrams first = caches.grams[set];
    TextGrams second = caches.grams[set + 1];
    return first != null && first.text == text || second != null && second.text == text;
  }

  /**
   * Where the set of {@code text} begins in this thread's table ({@link ThreadCaches#grams}): by
   * identity hash, two texts a set, the one asked about last first. A sentence that many rules
   * read in turn stays when a few words cut from it are indexed in between.
   */
  private static int set(String text) {
    return (System.identityHashCode(text) & (ThreadCaches.GRAM_SETS - 1)) << 1;
  }

  private void index(String s) {
    java.util.Arrays.fill(bits, 0L);
    int n = s.length();
    char before = 0;
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      set(charBit(c));
      if (i >= 2) {
        set(tripleBit(before, previous, c));
      }
      before = previous;
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
   * Three bits a text containing {@code literal} has set: those of its first, middle and last
   * triple of characters (the bits of its two characters or of its one character when it is
   * shorter; none when it is empty, which every text contains).
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
    if (n == 2) {
      int first = charBit(literal.charAt(0));
      int second = charBit(literal.charAt(1));
      return new int[] {first, second, second};
    }
    int[] sig = new int[3];
    int[] at = {0, (n - 2) / 2, n - 3};
    for (int k = 0; k < 3; k++) {
      int i = at[k];
      sig[k] = tripleBit(literal.charAt(i), literal.charAt(i + 1), literal.charAt(i + 2));
    }
    return sig;
  }

  /** The number of 64-bit words of the bit set. */
  static final int WORDS = (TRIPLE_BITS + CHAR_BITS) / 64;

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
    return TRIPLE_BITS + (c & (CHAR_BITS - 1));
  }

  private static int tripleBit(char a, char b, char c) {
    long key = (long) a << 32 | (long) b << 16 | c;
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 53); // the top 11 bits: 0..2047
  }
}
