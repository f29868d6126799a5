package dev.incidents.core.text;

import java.util.Random;

/** Random texts made of given pieces, for tests that compare a hand-written scan with its expression. */
public final class RandomTexts {
  private RandomTexts() {}

  /**
   * Fewer than {@code maxPieces} pieces drawn at random, each followed by a space unless a draw
   * below {@code spaceOdds} gives 0 (two in three spaced for 3); no spaces and no draw for 0.
   *
   * @param random the source of randomness
   * @param pieces what the text is made of
   * @param maxPieces one more than the most pieces
   * @param spaceOdds the odds of a space after a piece, as above
   * @return the text, to append to
   */
  public static StringBuilder of(Random random, String[] pieces, int maxPieces, int spaceOdds) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(maxPieces); k > 0; k--) {
      b.append(pieces[random.nextInt(pieces.length)]);
      if (spaceOdds > 0 && random.nextInt(spaceOdds) > 0) {
        b.append(' ');
      }
    }
    return b;
  }
}
