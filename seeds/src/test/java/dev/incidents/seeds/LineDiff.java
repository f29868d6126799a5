package dev.incidents.seeds;

import java.util.List;

/** A small line diff (longest common subsequence) for golden-file mismatches. */
final class LineDiff {
  private static final int MAX_LINES = 200;

  private LineDiff() {}

  static String diff(String expected, String received) {
    List<String> a = expected.lines().toList();
    List<String> b = received.lines().toList();
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    int printed = 0;
    while ((i < a.size() || j < b.size()) && printed < MAX_LINES) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.append(String.format("+%5d %s%n", j + 1, b.get(j++)));
        printed++;
      } else {
        out.append(String.format("-%5d %s%n", i + 1, a.get(i++)));
        printed++;
      }
    }
    if (printed >= MAX_LINES) {
      out.append("… (diff cut at ").append(MAX_LINES).append(" lines)\n");
    }
    return out.toString();
  }
}
