package dev.incidents.extract.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Sets of literal strings for {@link RequiredLiterals}: kept small (strings implied by others
 * dropped, long sets cut to their first letters) and useful (no single letters or spaces).
 */
final class LiteralSets {
  /** Most strings a set may hold. */
  static final int MAX = 256;
  /** Lengths long sets are cut to, in turn. */
  private static final int[] CUTS = {8, 6, 5, 4};

  private LiteralSets() {}

  /**
   * Drops strings that contain another of the set, and cuts long sets down to the first letters of
   * their strings ("condemned", "condemns" both contain "conde"); null when the set says nothing.
   */
  static Set<String> minimal(Set<String> s) {
    if (s == null || s.isEmpty() || s.contains("")) {
      return null;
    }
    Set<String> out = withoutImplied(s);
    for (int k = 0; k < CUTS.length && out.size() > MAX / 2; k++) {
      Set<String> cut = new LinkedHashSet<>();
      for (String x : out) {
        cut.add(x.length() > CUTS[k] ? x.substring(0, CUTS[k]) : x);
      }
      out = withoutImplied(cut);
    }
    if (out.size() > MAX || hasCommonCharacter(out)) {
      return null;
    }
    return Set.copyOf(out);
  }

  /**
   * Drops strings that start with another of the set and cuts long sets down to their first
   * letters; null when the set says nothing or too little (single letters).
   */
  static Set<String> minimalStarts(Set<String> s) {
    if (s == null || s.isEmpty() || s.contains("")) {
      return null;
    }
    Set<String> out = withoutLonger(s);
    for (int k = 0; k < CUTS.length && out.size() > MAX / 2; k++) {
      Set<String> cut = new LinkedHashSet<>();
      for (String x : out) {
        cut.add(x.length() > CUTS[k] ? x.substring(0, CUTS[k]) : x);
      }
      out = withoutLonger(cut);
    }
    if (out.size() > MAX) {
      return null;
    }
    if (hasCommonCharacter(out)) {
      return null;
    }
    return Set.copyOf(out);
  }

  private static Set<String> withoutLonger(Set<String> s) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : s) {
      boolean implied = false;
      for (String b : s) {
        if (!a.equals(b) && a.startsWith(b)) {
          implied = true;
          break;
        }
      }
      if (!implied) {
        out.add(a);
      }
    }
    return out;
  }

  private static Set<String> withoutImplied(Set<String> s) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : s) {
      boolean implied = false;
      for (String b : s) {
        if (!a.equals(b) && a.contains(b)) {
          implied = true;
          break;
        }
      }
      if (!implied) {
        out.add(a);
      }
    }
    return out;
  }

  /** Whether a string of the set is one letter or space, found in almost any text. */
  private static boolean hasCommonCharacter(Set<String> s) {
    for (String x : s) {
      if (x.length() == 1 && (Character.isLetter(x.charAt(0)) || Character.isWhitespace(x.charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  static int minLength(Set<String> s) {
    int min = Integer.MAX_VALUE;
    for (String x : s) {
      min = Math.min(min, x.length());
    }
    return min;
  }

  static Set<String> nonEmpty(Set<String> s) {
    return s == null || s.contains("") ? null : s;
  }

  static Set<String> product(Set<String> a, Set<String> b) {
    if ((long) a.size() * b.size() > MAX) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }
}
