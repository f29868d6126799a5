package dev.incidents.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites a regular expression so that its alternations are grouped by first character: {@code
 * attack|ambush|killed|abducted} becomes {@code a(?:ttack|mbush|bducted)|killed}. The matcher
 * tries the alternatives of a group one by one, and a long list of words ("attacked", "launched",
 * "struck", …) costs a failed attempt per word at every place it is tried; grouped, only the
 * words that begin with the character there are tried.
 *
 * <p>The matches are the same, groups and all: alternatives whose first characters differ cannot
 * both match at one place, so their order does not matter, and those that share one keep their
 * order. Only alternatives that begin with a plain character (a letter, digit, space or hyphen not
 * followed by a quantifier) are grouped, and never across an alternative that does not: that one
 * may match where the others do, and keeps its place. Only non-capturing groups are added, so
 * group numbers and names do not change. Under {@link Pattern#CASE_INSENSITIVE} (flag or {@code
 * (?i)}) ASCII letters are grouped without regard to case. An expression with constructs it does
 * not follow (comments mode, Unicode case, a class it cannot read) is left as it is.
 */
final class Alternations {
  private static final int UNSAFE_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE
      | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS;

  private final String re;
  private int i;
  /** How many inline flag settings ({@code (?i)}) have been read so far. */
  private int flagSettings;
  /** How many capturing groups have been read so far. */
  private int captures;

  private Alternations(String re) {
    this.re = re;
  }

  /** Syntax this rewriter does not follow: the expression is left as written. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * {@code regex} compiled with {@code flags}, its alternations grouped by first character.
   *
   * @param regex the expression
   * @param flags the {@link Pattern} flags
   * @return the compiled pattern, which matches what {@code Pattern.compile(regex, flags)} does
   */
  static Pattern compile(String regex, int flags) {
    return Pattern.compile(rewrite(regex, flags), flags);
  }

  /**
   * {@code regex} with its alternations grouped by first character, or {@code regex} itself when
   * it uses syntax the rewriter does not follow.
   *
   * @param regex the expression
   * @param flags the {@link Pattern} flags it is compiled with
   * @return the rewritten expression
   */
  static String rewrite(String regex, int flags) {
    if ((flags & UNSAFE_FLAGS) != 0) {
      return regex;
    }
    try {
      Alternations a = new Alternations(regex);
      String out = a.alternation((flags & Pattern.CASE_INSENSITIVE) != 0);
      return a.i == regex.length() ? out : regex;
    } catch (Unsupported | IndexOutOfBoundsException e) {
      return regex;
    }
  }

  /**
   * One alternative as rewritten, the key of its first character (-1 when it has none), and
   * whether it holds a capturing group (which must not move: groups are numbered in order).
   */
  private record Alternative(String text, int key, boolean captures) {}

  /** The alternatives up to the next unmatched ')' or the end, rewritten and grouped. */
  private String alternation(boolean caseless) {
    List<Alternative> alternatives = new ArrayList<>();
    boolean[] flags = {caseless};
    int settingsBefore = flagSettings;
    while (true) {
      alternatives.add(alternative(flags));
      if (i < re.length() && re.charAt(i) == '|') {
        i++;
        continue;
      }
      break;
    }
    if (flagSettings != settingsBefore) {
      // the case may be ignored in some alternatives and not in others: keys would not compare
      return String.join("|", alternatives.stream().map(Alternative::text).toList());
    }
    return group(alternatives);
  }

  /**
   * One alternative: its atoms rewritten, and the key of its first character when that is plain.
   * {@code flags[0]} is whether the case is ignored; an inline {@code (?i)} changes it for the rest
   * of the enclosing group, which the caller sees.
   */
  private Alternative alternative(boolean[] flags) {
    StringBuilder out = new StringBuilder();
    int key = -1;
    boolean first = true;
    int capturesBefore = captures;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == '|' || c == ')') {
        break;
      }
      int start = i;
      boolean plain = false;
      if (c == '\\') {
        out.append(escape());
      } else if (c == '[') {
        out.append(characterClass());
      } else if (c == '(') {
        out.append(group(flags));
      } else {
        if ("]{}?*+".indexOf(c) >= 0) {
          throw new Unsupported(); // a quantifier with nothing before it, or a stray bracket
        }
        plain = isPlain(c);
        out.append(c);
        i++;
      }
      int quantifierStart = i;
      out.append(quantifier());
      if (first) {
        key = plain && i == quantifierStart ? key(re.charAt(start), flags[0]) : -1;
        first = false;
      }
    }
    return new Alternative(out.toString(), key, captures != capturesBefore);
  }

  private static boolean isPlain(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-';
  }

  private static int key(char c, boolean caseless) {
    return caseless && c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  /** Groups the alternatives that share a key, within each run of keyed alternatives. */
  private static String group(List<Alternative> alternatives) {
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < alternatives.size()) {
      if (alternatives.get(k).key() < 0) {
        append(out, alternatives.get(k).text());
        k++;
        continue;
      }
      Map<Integer, List<String>> byKey = new LinkedHashMap<>();
      List<String> run = new ArrayList<>();
      boolean capturing = false;
      while (k < alternatives.size() && alternatives.get(k).key() >= 0) {
        Alternative a = alternatives.get(k++);
        byKey.computeIfAbsent(a.key(), x -> new ArrayList<>()).add(a.text());
        run.add(a.text());
        capturing |= a.captures();
      }
      if (capturing) {
        // grouping might move a capturing group before another and change the numbers
        run.forEach(text -> append(out, text));
        continue;
      }
      for (List<String> same : byKey.values()) {
        if (same.size() == 1) {
          append(out, same.get(0));
          continue;
        }
        StringBuilder g = new StringBuilder().append(same.get(0).charAt(0)).append("(?:");
        for (int j = 0; j < same.size(); j++) {
          g.append(j == 0 ? "" : "|").append(same.get(j), 1, same.get(j).length());
        }
        append(out, g.append(')').toString());
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String alternative) {
    if (out.length() > 0) {
      out.append('|');
    }
    out.append(alternative);
  }

  /** A group from its '(' to its ')', its content rewritten; an inline flag setting updates {@code flags}. */
  private String group(boolean[] flags) {
    int open = i;
    i++; // '('
    boolean caseless = flags[0];
    if (i < re.length() && re.charAt(i) != '?') {
      captures++;
    }
    if (i < re.length() && re.charAt(i) == '?') {
      i++;
      char c = re.charAt(i);
      if (c == ':' || c == '=' || c == '!' || c == '>') {
        i++;
      } else if (c == '<') {
        i++;
        char d = re.charAt(i);
        if (d == '=' || d == '!') {
          i++;
        } else {
          int close = re.indexOf('>', i);
          if (close < 0) {
            throw new Unsupported();
          }
          i = close + 1; // a named group
          captures++;
        }
      } else {
        // inline flags: (?i) (?-i) (?i:...) (?s-i:...)
        boolean on = true;
        boolean ignore = caseless;
        while (re.charAt(i) != ')' && re.charAt(i) != ':') {
          char f = re.charAt(i++);
          if (f == '-') {
            on = false;
          } else if (f == 'i') {
            ignore = on;
          } else if ("smdU".indexOf(f) < 0 || f == 'U') {
            throw new Unsupported(); // x (comments), u (Unicode case), U, or unknown
          }
        }
        if (re.charAt(i) == ')') {
          i++;
          flagSettings++;
          flags[0] = ignore; // for the rest of the enclosing group
          return re.substring(open, i);
        }
        i++; // ':'
        caseless = ignore;
      }
    }
    String head = re.substring(open, i);
    String body = alternation(caseless);
    if (i >= re.length() || re.charAt(i) != ')') {
      throw new Unsupported();
    }
    i++;
    return head + body + ")";
  }

  /** A quantifier after an atom, with its lazy or possessive mark; empty when there is none. */
  private String quantifier() {
    return take(RegexSyntax.quantifierEnd(re, i));
  }

  /** An escape from its backslash: {@code \\Q...\\E}, {@code \\p{..}}, {@code \\x{..}}, {@code \\k<..>} and the like. */
  private String escape() {
    return take(RegexSyntax.escapeEnd(re, i));
  }

  /** The text from here to {@code end}, which is passed; gives up when {@code end} is -1. */
  private String take(int end) {
    if (end < 0) {
      throw new Unsupported();
    }
    String piece = re.substring(i, end);
    i = end;
    return piece;
  }

  /** A character class from its '[' to its ']', nested classes and escapes included, as written. */
  private String characterClass() {
    int start = i;
    int depth = 0;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (re.charAt(i + 1) == 'Q') {
          throw new Unsupported();
        }
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        i++;
        if (i < re.length() && re.charAt(i) == '^') {
          i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
          throw new Unsupported(); // "[]" or "[^]": read differently by different engines
        }
        continue;
      }
      i++;
      if (c == ']' && --depth == 0) {
        return re.substring(start, i);
      }
    }
    throw new Unsupported();
  }
}
