package dev.incidents.extract.nlp;

/**
 * Reads the line layout of a text: whether lines are hard-wrapped prose (wire copy, where a
 * newline is not a sentence break) or one paragraph per line (web copy, where a heading without
 * a full stop is still its own sentence).
 */
final class LineLayout {
  private LineLayout() {}

  /** Most lines end mid-sentence and have similar lengths: hard-wrapped. */
  static boolean isHardWrapped(String text) {
    String[] lines = text.split("\n");
    int content = 0;
    int midSentence = 0;
    for (String line : lines) {
      String t = line.strip();
      if (t.length() < 30) {
        continue;
      }
      content++;
      char last = t.charAt(t.length() - 1);
      if (Character.isLetterOrDigit(last) || last == ',') {
        midSentence++;
      }
    }
    return content >= 4 && midSentence * 2 > content;
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
