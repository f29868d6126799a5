package dev.incidents.examples.beam;

import dev.incidents.core.model.ExtractionResult;

/** {@link ExtractionResult} as incident-json-v1. */
public final class ExtractionResultCoder extends JsonCoder<ExtractionResult> {
  private static final long serialVersionUID = 1L;
  private static final ExtractionResultCoder INSTANCE = new ExtractionResultCoder();

  private ExtractionResultCoder() {
    super(ExtractionResult.class);
  }

  /**
   * The coder.
   *
   * @return a new coder
   */
  public static ExtractionResultCoder of() {
    return INSTANCE;
  }
}
