package dev.incidents.extract.internal;

/**
 * Where the pieces of a regular expression's text end, for the classes that read expressions
 * ({@link Regex}, {@link Alternations}, {@link EndAnchored}): a quantifier, an escape, a character
 * class. Each answers -1 for what it cannot tell, and the reader gives up on the expression.
 */
final class RegexSyntax {
  private RegexSyntax() {}

  /**
   * The index after the quantifier at {@code i} with its lazy or possessive mark: {@code i} when
   * there is none, -1 when its brace is not closed.
   */
  static int quantifierEnd(String re, int i) {
    if (i >= re.length()) {
      return i;
    }
    char c = re.charAt(i);
    int end;
    if (c == '?' || c == '*' || c == '+') {
      end = i + 1;
    } else if (c == '{') {
      int close = re.indexOf('}', i);
      if (close < 0) {
        return -1;
      }
      end = close + 1;
    } else {
      return i;
    }
    if (end < re.length() && (re.charAt(end) == '?' || re.charAt(end) == '+')) {
      end++;
    }
    return end;
  }

  /**
   * The index after the escape whose backslash is at {@code i}: {@code \\Q...\\E}, {@code
   * \\p{..}}, {@code \\x{..}}, {@code \\k<..>}, octal and the like; -1 for a back reference by
   * number (how many digits it takes depends on the groups) or an escape cut short.
   */
  static int escapeEnd(String re, int i) {
    char c = re.charAt(i + 1);
    int end;
    if (c == 'Q') {
      int close = re.indexOf("\\E", i + 2);
      end = close < 0 ? re.length() : close + 2;
    } else if ((c == 'p' || c == 'P' || c == 'x' || c == 'N') && i + 2 < re.length() && re.charAt(i + 2) == '{') {
      int close = re.indexOf('}', i);
      end = close < 0 ? -1 : close + 1;
    } else if (c == 'p' || c == 'P') {
      end = i + 3; // \pL
    } else if (c == 'k') {
      int close = re.indexOf('>', i);
      end = close < 0 ? -1 : close + 1;
    } else if (c == 'u') {
      end = i + 6;
    } else if (c == 'x') {
      end = i + 4;
    } else if (c == 'c') {
      end = i + 3;
    } else if (c == '0') {
      end = i + 2;
      for (int digits = 0; digits < 3 && end < re.length() && re.charAt(end) >= '0' && re.charAt(end) <= '7'; digits++) {
        end++;
      }
    } else if (c >= '1' && c <= '9') {
      return -1;
    } else {
      end = i + 2;
    }
    return end > re.length() ? -1 : end;
  }

  /** The index of the ']' closing the character class opened at {@code open}, or -1. */
  static int classEnd(String re, int open) {
    int depth = 0;
    int i = open;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        // a ']' right after '[' or '[^' is a literal
        if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
      i++;
    }
    return -1;
  }
}
