package dev.incidents.core.text;

/**
 * A token of the normalised text.
 *
 * @param index position in its sentence, from 0
 * @param word the token's characters
 * @param start offset in the normalised text
 * @param end offset just past it
 * @param pos part-of-speech tag, or null when not tagged
 * @param lemma lemma, or null
 * @param ner named-entity tag ("PERSON", "LOCATION", "O", ...), or null
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner) {
  /**
   * Checks that the word is present and the offsets are in order.
   *
   * @param index position in its sentence, from 0
   * @param word the token's characters
   * @param start offset in the normalised text
   * @param end offset just past it
   * @param pos part-of-speech tag, or null when not tagged
   * @param lemma lemma, or null
   * @param ner named-entity tag ("PERSON", "LOCATION", "O", ...), or null
   */
  public Token {
    if (word == null || start < 0 || end < start) {
      throw new IllegalArgumentException("bad token " + word + " " + start + ".." + end);
    }
  }

  /**
   * A bare token with no tags.
   *
   * @param index position in its sentence
   * @param word the token's characters
   * @param start offset in the normalised text
   * @param end offset just past it
   * @return the token
   */
  public static Token of(int index, String word, int start, int end) {
    return new Token(index, word, start, end, null, null, null);
  }

  /**
   * The lemma when known, else the lower-cased word.
   *
   * @return the lemma or word
   */
  public String lemmaOrWord() {
    return lemma != null ? lemma : word.toLowerCase(java.util.Locale.ROOT);
  }
}
