package dev.incidents.core.text;

import java.util.List;

/**
 * A sentence of the normalised text.
 *
 * @param index position in the document, from 0
 * @param start offset in the normalised text
 * @param end offset just past it
 * @param text its characters
 * @param tokens its tokens
 * @param paragraph index of its paragraph (blank-line or line-break separated), from 0
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, int paragraph) {
  /**
   * Copies the tokens.
   *
   * @param index position in the document, from 0
   * @param start offset in the normalised text
   * @param end offset just past it
   * @param text its characters
   * @param tokens its tokens
   * @param paragraph index of its paragraph (blank-line or line-break separated), from 0
   */
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
