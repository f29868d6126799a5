package dev.incidents.extract.internal;

/**
 * The low 16 bits of the hash codes of a set of lower-case words, as a bit set: whether a word of
 * a text is surely none of them is asked without making a string. Most words of a text are in no
 * lexicon, and a look-up of each would cut and lower-case it first. Not thread-safe while words
 * are added; safe to share once filled.
 */
public final class WordHashes {
  private final long[] bits = new long[1 << 10];

  /**
   * Adds a word.
   *
   * @param lowerCase the word, lower-cased
   */
  public void add(String lowerCase) {
    int h = lowerCase.hashCode() & 0xFFFF;
    bits[h >>> 6] |= 1L << h;
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
    h &= 0xFFFF;
    return (bits[h >>> 6] & 1L << h) == 0;
  }
}
