package dev.incidents.core.model;

/**
 * A stretch of the caller's text: character offsets into the text as given to the extractor
 * ({@code end} exclusive) and the characters found there.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text exactly {@code input.substring(start, end)}
 */
public record Span(int start, int end, String text) implements Comparable<Span> {
  /**
   * Checks that the offsets are in order and match the text.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param text exactly {@code input.substring(start, end)}
   */
  public Span {
    Checks.required(text, "text");
    Checks.check(start >= 0, "span start %s must not be negative", start);
    Checks.check(end >= start, "span end %s must not be before start %s", end, start);
    Checks.check(text.length() == end - start,
        "span text has %s characters but covers %s..%s", text.length(), start, end);
  }

  /**
   * The span of {@code text.substring(start, end)}.
   *
   * @param text the whole text
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @return the span
   */
  public static Span of(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }

  /**
   * Number of characters covered.
   *
   * @return the length
   */
  public int length() {
    return end - start;
  }

  /**
   * Whether the two spans share at least one character.
   *
   * @param other the other span
   * @return true when they overlap
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * Whether this span covers all of {@code other}.
   *
   * @param other the other span
   * @return true when it is covered
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
