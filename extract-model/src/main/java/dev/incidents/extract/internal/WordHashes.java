package dev.incidents.extract.internal;

/**
 * The low bits (16 unless told) of the hash codes of a set of lower-case words, as a bit set:
 * whether a word of a text is surely none of them is asked without making a string. Most words of
 * a text are in no lexicon, and a look-up of each would cut and lower-case it first. Not
 * thread-safe while words are added; safe to share once filled.
 */
public final class WordHashes {
  private final long[] bits;
  private final int mask;

  /** A set that keeps the low 16 bits of each hash code (8 KB). */
  public WordHashes() {
    this(16);
  }

  /**
   * A set that keeps the low {@code hashBits} bits of each hash code: more for more words.
   *
   * @param hashBits from 6 to 30
   */
  public WordHashes(int hashBits) {
    if (hashBits < 6 || hashBits > 30) {
      throw new IllegalArgumentException("hash bits from 6 to 30: " + hashBits);
    }
    this.bits = new long[1 << (hashBits - 6)];
    this.mask = (1 << hashBits) - 1;
  }

  /**
   * Adds a word.
   *
   * @param lowerCase the word, lower-cased
   */
  public void add(String lowerCase) {
    addHash(lowerCase.hashCode());
  }

  /**
   * Adds a word by its hash code, for a word read out of a longer string.
   *
   * @param hashCode the word's {@link String#hashCode}, or the same with its sign bit cleared
   */
  public void addHash(int hashCode) {
    int h = hashCode & mask;
    bits[h >>> 6] |= 1L << h;
  }

  /**
   * Whether a word of this hash code may have been added: false only when none was.
   *
   * @param hashCode the word's {@link String#hashCode}, or the same with its sign bit cleared
   * @return false when the word is surely not in the set
   */
  public boolean mayContainHash(int hashCode) {
    int h = hashCode & mask;
    return (bits[h >>> 6] & 1L << h) != 0;
  }

  /**
   * Whether {@code text[from, to)}, lower-cased (ASCII capitals), is surely none of the words: it
   * is ASCII and its hash code is not among theirs. A word with another character is never ruled
   * out.
   *
   * @param text a text
   * @param from where the word starts
   * @param to where it ends
   * @return true when the word is surely not in the set
   */
  public boolean surelyAbsent(String text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return false;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return !mayContainHash(h);
  }
}
