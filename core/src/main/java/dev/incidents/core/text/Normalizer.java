package dev.incidents.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Normalises a caller's text for extraction while keeping the alignment back to it: each
 * {@link NormalizationStep} runs in turn and the alignments compose.
 */
public final class Normalizer {
  private final List<NormalizationStep> steps;

  /**
   * A normaliser running the given steps in order.
   *
   * @param steps the steps
   */
  public Normalizer(List<NormalizationStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The default steps: HTML to text, encoding repair (mojibake, HTML entities), Unicode NFC,
   * typographic quotes and spaces, control characters.
   *
   * @return the standard normaliser
   */
  public static Normalizer standard() {
    return new Normalizer(List.of(new HtmlToText(), new EntityDecoding(), new MojibakeRepair(), new UnicodeCleanup()));
  }

  /**
   * Normalises {@code original}; warnings say what was repaired.
   *
   * @param original the caller's text
   * @return the aligned normalised text and the warnings
   */
  public Normalized normalize(String original) {
    Objects.requireNonNull(original, "original");
    AlignedText aligned = AlignedText.identity(original);
    List<String> warnings = new ArrayList<>();
    for (NormalizationStep step : steps) {
      AlignedText next = step.apply(aligned.text(), warnings::add);
      if (!next.isIdentity()) {
        aligned = aligned.then(next);
      }
    }
    return new Normalized(aligned, warnings);
  }

  /**
   * The result of normalisation.
   *
   * @param text the aligned normalised text
   * @param warnings what was repaired
   */
  public record Normalized(AlignedText text, List<String> warnings) {
    /**
     * Checks the text and copies the warnings.
     *
     * @param text the aligned normalised text
     * @param warnings what was repaired
     */
    public Normalized {
      Objects.requireNonNull(text, "text");
      warnings = List.copyOf(warnings);
    }
  }
}
