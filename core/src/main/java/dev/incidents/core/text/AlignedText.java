package dev.incidents.core.text;

import dev.incidents.core.model.Span;
import java.util.Arrays;
import java.util.Objects;

/**
 * A normalised text that remembers, for every character, where it came from in the caller's
 * original text. Extractors work on {@link #text()}; every span they report goes through
 * {@link #span(int, int)} so that it indexes the original.
 */
public final class AlignedText {
  private final String original;
  private final String text;
  private final int[] originStart;
  private final int[] originEnd;

  AlignedText(String original, String text, int[] originStart, int[] originEnd) {
    this.original = original;
    this.text = text;
    this.originStart = originStart;
    this.originEnd = originEnd;
  }

  /**
   * The identity alignment of a text with itself.
   *
   * @param text the text
   * @return the alignment
   */
  public static AlignedText identity(String text) {
    Objects.requireNonNull(text, "text");
    int[] s = new int[text.length()];
    int[] e = new int[text.length()];
    for (int i = 0; i < s.length; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    return new AlignedText(text, text, s, e);
  }

  /**
   * The caller's text.
   *
   * @return the original text
   */
  public String original() {
    return original;
  }

  /**
   * The normalised text extractors read.
   *
   * @return the normalised text
   */
  public String text() {
    return text;
  }

  /**
   * Whether normalisation changed anything.
   *
   * @return true when the text equals the original
   */
  public boolean isIdentity() {
    return original.equals(text);
  }

  /**
   * Offset in the original of the normalised character at {@code i} (or the end for {@code i == length}).
   *
   * @param i offset in the normalised text
   * @return offset in the original
   */
  public int toOriginalStart(int i) {
    checkIndex(i);
    return i == text.length() ? original.length() : originStart[i];
  }

  /**
   * Offset in the original just past the normalised range ending (exclusively) at {@code i}.
   *
   * @param i end offset in the normalised text
   * @return end offset in the original
   */
  public int toOriginalEnd(int i) {
    checkIndex(i);
    if (i == 0) {
      return text.isEmpty() ? 0 : originStart[0];
    }
    return originEnd[i - 1];
  }

  /**
   * The span of the original text that the normalised range {@code [start, end)} came from.
   *
   * @param start first normalised offset, inclusive
   * @param end last normalised offset, exclusive
   * @return the span of the original
   */
  public Span span(int start, int end) {
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " is after end " + end);
    }
    int os = toOriginalStart(start);
    int oe = start == end ? os : Math.max(os, toOriginalEnd(end));
    return Span.of(original, os, oe);
  }

  /**
   * The normalised range of a span of the original text, for reading it back.
   *
   * @param originalOffset offset in the original
   * @return the first normalised offset at or after it
   */
  public int toNormalised(int originalOffset) {
    int idx = Arrays.binarySearch(originStart, originalOffset);
    if (idx >= 0) {
      while (idx > 0 && originStart[idx - 1] == originalOffset) {
        idx--;
      }
      return idx;
    }
    return Math.min(-idx - 1, text.length());
  }

  /** A further normalisation of this text, composed so that spans still index the original. */
  AlignedText then(AlignedText next) {
    if (!next.original.equals(text)) {
      throw new IllegalArgumentException("next alignment must start from this text");
    }
    int n = next.text.length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      int a = next.originStart[i];
      int b = next.originEnd[i];
      s[i] = a < originStart.length ? originStart[a] : original.length();
      e[i] = b > a ? originEnd[b - 1] : s[i];
    }
    return new AlignedText(original, next.text, s, e);
  }

  private void checkIndex(int i) {
    if (i < 0 || i > text.length()) {
      throw new IndexOutOfBoundsException("offset " + i + " outside 0.." + text.length());
    }
  }
}
