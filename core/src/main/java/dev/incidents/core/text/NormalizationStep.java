package dev.incidents.core.text;

import java.util.function.Consumer;

/** One normalisation step: edits a text through a {@link TextEditor} and reports what it repaired. */
@FunctionalInterface
public interface NormalizationStep {
  /**
   * Normalises {@code text}.
   *
   * @param text the text as the previous step left it
   * @param warnings receives one message per kind of repair made
   * @return the alignment of {@code text} with the result
   */
  AlignedText apply(String text, Consumer<String> warnings);
}
