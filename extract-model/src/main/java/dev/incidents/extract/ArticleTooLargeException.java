package dev.incidents.extract;

/** Thrown when an article is longer than the extractor's configured limit. */
public final class ArticleTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The article's length in characters. */
  private final int length;
  /** The configured limit. */
  private final int limit;

  ArticleTooLargeException(String documentId, int length, int limit) {
    super(String.format("article %s has %,d characters, more than the limit of %,d; split it into articles "
        + "or raise IncidentExtractor.Builder.maxCharacters", documentId, length, limit));
    this.length = length;
    this.limit = limit;
  }

  /**
   * The article's length in characters.
   *
   * @return the length
   */
  public int length() {
    return length;
  }

  /**
   * The configured limit.
   *
   * @return the limit in characters
   */
  public int limit() {
    return limit;
  }
}
