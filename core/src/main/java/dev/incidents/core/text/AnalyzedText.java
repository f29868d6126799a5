package dev.incidents.core.text;

import dev.incidents.core.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A normalised article split into sentences and tokens, with named entities where the toolkit
 * found them. Offsets are into {@link #text()}; {@link #span(int, int)} turns them into spans of
 * the caller's text.
 *
 * @param aligned the normalised text and its alignment to the caller's text
 * @param sentences the sentences, in order
 * @param entities named entities, in order
 */
public record AnalyzedText(AlignedText aligned, List<Sentence> sentences, List<EntityMention> entities) {
  /**
   * Copies the lists.
   *
   * @param aligned the normalised text and its alignment to the caller's text
   * @param sentences the sentences, in order
   * @param entities named entities, in order
   */
  public AnalyzedText {
    Objects.requireNonNull(aligned, "aligned");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
  }

  /**
   * The normalised text.
   *
   * @return the text offsets index
   */
  public String text() {
    return aligned.text();
  }

  /**
   * The span of the caller's text that the normalised range came from.
   *
   * @param start first normalised offset, inclusive
   * @param end last normalised offset, exclusive
   * @return the span of the caller's text
   */
  public Span span(int start, int end) {
    return aligned.span(start, end);
  }

  /**
   * The span of a whole sentence.
   *
   * @param s the sentence
   * @return the span of the caller's text
   */
  public Span span(Sentence s) {
    return aligned.span(s.start(), s.end());
  }

  /**
   * The sentence containing normalised offset {@code offset}, or the last one before it.
   *
   * @param offset normalised offset
   * @return the sentence, or null when there are none
   */
  public Sentence sentenceAt(int offset) {
    Sentence best = sentences.isEmpty() ? null : sentences.get(0);
    for (Sentence s : sentences) {
      if (s.start() <= offset) {
        best = s;
      } else {
        break;
      }
    }
    return best;
  }

  /**
   * Entities of one sentence.
   *
   * @param sentence index of the sentence
   * @return its entities, in order
   */
  public List<EntityMention> entitiesIn(int sentence) {
    List<EntityMention> in = null;
    for (EntityMention e : entities) {
      if (e.sentence() == sentence) {
        if (in == null) {
          in = new ArrayList<>();
        }
        in.add(e);
      }
    }
    return in == null ? List.of() : Collections.unmodifiableList(in);
  }
}
