package dev.incidents.core.text;

import java.util.Arrays;

/**
 * Builds an {@link AlignedText} by copying a source text piece by piece, replacing some pieces.
 * Each replacement maps all its characters onto the replaced range of the source.
 */
public final class TextEditor {
  private final String source;
  private final StringBuilder out;
  private int[] start;
  private int[] end;
  private int pos;

  /**
   * An editor over {@code source}, starting at its first character.
   *
   * @param source the text to edit
   */
  public TextEditor(String source) {
    this.source = source;
    this.out = new StringBuilder(source.length());
    this.start = new int[Math.max(16, source.length())];
    this.end = new int[Math.max(16, source.length())];
  }

  /**
   * Current position in the source.
   *
   * @return the offset reached
   */
  public int position() {
    return pos;
  }

  /**
   * Copies the source up to {@code to} unchanged.
   *
   * @param to the source offset to copy to
   * @return this editor
   */
  public TextEditor copyTo(int to) {
    checkAhead(to);
    for (int i = pos; i < to; i++) {
      append(source.charAt(i), i, i + 1);
    }
    pos = to;
    return this;
  }

  /**
   * Replaces the source range from the current position to {@code to} with {@code replacement}.
   *
   * @param to the end of the replaced source range
   * @param replacement the text it becomes
   * @return this editor
   */
  public TextEditor replaceTo(int to, CharSequence replacement) {
    checkAhead(to);
    int from = pos;
    for (int i = 0; i < replacement.length(); i++) {
      append(replacement.charAt(i), from, to);
    }
    pos = to;
    return this;
  }

  /**
   * Copies the rest and returns the alignment of the source with the edited text.
   *
   * @return the alignment
   */
  public AlignedText finish() {
    copyTo(source.length());
    int n = out.length();
    return new AlignedText(source, out.toString(), Arrays.copyOf(start, n), Arrays.copyOf(end, n));
  }

  private void append(char c, int s, int e) {
    int n = out.length();
    if (n == start.length) {
      start = Arrays.copyOf(start, n * 2);
      end = Arrays.copyOf(end, n * 2);
    }
    out.append(c);
    start[n] = s;
    end[n] = e;
  }

  private void checkAhead(int to) {
    if (to < pos || to > source.length()) {
      throw new IndexOutOfBoundsException("cannot move from " + pos + " to " + to);
    }
  }
}
