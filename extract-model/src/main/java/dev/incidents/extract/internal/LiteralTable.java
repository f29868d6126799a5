package dev.incidents.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many literals looked up in one pass over a text: at each position only the literals that begin
 * with its character are tried. Cheaper than one {@link String#indexOf} per literal once there are
 * more than a few. Immutable and thread-safe.
 */
final class LiteralTable {
  /** Literals by first character: an array for ASCII, a map for the rest. */
  private final String[][] ascii = new String[128][];
  private final Map<Character, String[]> other = new HashMap<>();

  /**
   * A table of {@code literals}, none empty.
   *
   * @param literals the literals
   */
  LiteralTable(String[] literals) {
    Map<Character, List<String>> byFirst = new TreeMap<>();
    for (String lit : literals) {
      if (lit.isEmpty()) {
        throw new IllegalArgumentException("an empty literal is found everywhere");
      }
      byFirst.computeIfAbsent(lit.charAt(0), c -> new ArrayList<>()).add(lit);
    }
    byFirst.forEach((c, list) -> {
      String[] a = list.toArray(String[]::new);
      if (c < 128) {
        ascii[c] = a;
      } else {
        other.put(c, a);
      }
    });
  }

  /** The first position at or after {@code from} where a literal begins, or -1. */
  int next(String text, int from) {
    int n = text.length();
    for (int at = from; at < n; at++) {
      String[] candidates = candidates(text.charAt(at));
      if (candidates != null) {
        for (String lit : candidates) {
          if (text.startsWith(lit, at)) {
            return at;
          }
        }
      }
    }
    return -1;
  }

  private String[] candidates(char c) {
    return c < 128 ? ascii[c] : other.get(c);
  }
}
