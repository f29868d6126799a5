package dev.incidents.extract.attribution;

import dev.incidents.core.model.Source;
import dev.incidents.core.model.Span;
import java.util.Objects;

/**
 * An attribution found in a sentence.
 *
 * @param source who states it
 * @param span the attribution words ("according to Pakistani officials"), in the caller's text
 */
public record Attributed(Source source, Span span) {
  /**
   * Checks that both components are present.
   *
   * @param source who states it
   * @param span the attribution words ("according to Pakistani officials"), in the caller's text
   */
  public Attributed {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(span, "span");
  }
}
