package dev.incidents.extract;

/** Thrown when an article is longer than the extractor's configured limit. */
public final class ArticleTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  ArticleTooLargeException(String documentId, int length, int limit) {
    super(String.format("article %s has %,d characters, more than the limit of %,d; split it into articles "
        + "or raise IncidentExtractor.Builder.maxCharacters", documentId, length, limit));
    this.length = length;
    this.limit = limit;
  }

  /** The article's length in characters. */
  public int length() {
    return length;
  }

  /** The configured limit. */
  public int limit() {
    return limit;
  }
}
