package dev.incidents.extract.nlp;

/**
 * Reads the line layout of a text: whether lines are hard-wrapped prose (wire copy, where a
 * newline is not a sentence break) or one paragraph per line (web copy, where a heading without
 * a full stop is still its own sentence).
 */
final class LineLayout {
  private LineLayout() {}

  /** Lines of wire copy are at most this long. */
  private static final int WIRE_WIDTH = 90;
  /** ... and those that end mid-sentence are within this many characters of the longest. */
  private static final int WIRE_BAND = 20;

  /**
   * Hard-wrapped: most lines end mid-sentence; or, in a short text, no line is longer than wire
   * copy's, half of them end mid-sentence ("... -- [Text] This" / "morning, three ...") and those
   * have about the same length.
   */
  static boolean isHardWrapped(String text) {
    String[] lines = text.split("\n");
    int content = 0;
    int midSentence = 0;
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (String line : lines) {
      String t = line.strip();
      if (t.length() < 30) {
        continue;
      }
      content++;
      longest = Math.max(longest, t.length());
      char last = t.charAt(t.length() - 1);
      if (Character.isLetterOrDigit(last) || last == ',') {
        midSentence++;
        shortest = Math.min(shortest, t.length());
      }
    }
    if (content >= 4 && midSentence * 2 > content) {
      return true;
    }
    boolean wireWidth = midSentence > 0 && longest <= WIRE_WIDTH && longest - shortest <= WIRE_BAND;
    return content >= 3 && midSentence * 2 >= content && wireWidth;
  }

  /** A blank line (hard-wrapped text) or any line break (one paragraph per line) between two sentences. */
  static boolean paragraphBreakBetween(String text, int from, int to, boolean hardWrapped) {
    String gap = text.substring(Math.min(from, to), to);
    int newlines = 0;
    for (int i = 0; i < gap.length(); i++) {
      if (gap.charAt(i) == '\n') {
        newlines++;
      }
    }
    return hardWrapped ? newlines >= 2 : newlines >= 1;
  }
}
