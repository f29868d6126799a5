package dev.incidents.extract.internal;

import static dev.incidents.extract.internal.LiteralSets.MAX;
import static dev.incidents.extract.internal.LiteralSets.minLength;
import static dev.incidents.extract.internal.LiteralSets.minimal;
import static dev.incidents.extract.internal.LiteralSets.minimalStarts;
import static dev.incidents.extract.internal.LiteralSets.nonEmpty;
import static dev.incidents.extract.internal.LiteralSets.product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads from a regular expression the literal strings its matches must contain and the strings
 * they must start with. Literals are folded (see {@link Prefilter#fold}): ASCII lower case, and
 * {@code \\s} a space.
 * Conservative: a construct it does not know contributes nothing, and syntax it cannot follow
 * gives nothing at all.
 */
final class RequiredLiterals {
  /** What {@code \\d} matches (ASCII digits, without {@link Pattern#UNICODE_CHARACTER_CLASS}). */
  private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  private static final int UNSAFE_FLAGS = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.LITERAL
      | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS;

  private final String re;
  private int i;

  private RequiredLiterals(String re) {
    this.re = re;
  }

  /**
   * What every match of a pattern has.
   *
   * @param required sets of strings, most selective first: a match contains a string of each set
   * @param starts strings one of which every match starts with, or null when unknown
   */
  record Result(List<Set<String>> required, Set<String> starts) {
    static final Result NOTHING = new Result(List.of(), null);
  }

  /** What every match of {@code p} has. */
  static Result of(Pattern p) {
    if ((p.flags() & UNSAFE_FLAGS) != 0) {
      return Result.NOTHING;
    }
    try {
      RequiredLiterals r = new RequiredLiterals(p.pattern());
      Info info = r.alternation();
      if (r.i != r.re.length()) {
        return Result.NOTHING;
      }
      return new Result(info.required(), minimalStarts(info.starts()));
    } catch (Unsupported | IndexOutOfBoundsException e) {
      return Result.NOTHING;
    }
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * What a part of the expression matches: {@code exact} every string it can match (null when
   * unknown or too many), {@code sets} the sets its matches must each contain a string of,
   * {@code startSet} strings its matches start with (null when unknown; see {@link #starts()}),
   * {@code optionalStarts} for an item that may match nothing, what its other matches start with,
   * {@code repeated} for one or more repeats of strings known exactly ({@code \\s+}), those strings:
   * its matches start and end with one of them.
   */
  private record Info(Set<String> exact, List<Set<String>> sets, Set<String> startSet,
      Set<String> optionalStarts, Set<String> repeated) {
    static final Info UNKNOWN = new Info(null, List.of(), null, null, null);
    static final Info EMPTY = new Info(Set.of(""), List.of(), null, null, null);

    Info(Set<String> exact, List<Set<String>> sets, Set<String> startSet, Set<String> optionalStarts) {
      this(exact, sets, startSet, optionalStarts, null);
    }

    static Info literal(String s) {
      return new Info(Set.of(s), List.of(), null, null);
    }

    /** Strings every match starts with (its exact strings when known), or null. */
    Set<String> starts() {
      return exact != null ? exact : startSet;
    }

    /** The useful sets, cheapest first. */
    List<Set<String>> required() {
      List<Set<String>> all = new ArrayList<>(sets);
      if (exact != null) {
        all.add(exact);
      }
      List<Set<String>> out = new ArrayList<>();
      for (Set<String> s : all) {
        Set<String> m = minimal(s);
        if (m != null && !out.contains(m)) {
          out.add(m);
        }
      }
      out.sort(Comparator.comparingInt(Set::size));
      return out.size() > 3 ? List.copyOf(out.subList(0, 3)) : List.copyOf(out);
    }

    /** The most selective set: longest shortest string, then fewest strings; null when none. */
    Set<String> best() {
      Set<String> best = null;
      for (Set<String> s : required()) {
        if (best == null || minLength(s) > minLength(best)
            || minLength(s) == minLength(best) && s.size() < best.size()) {
          best = s;
        }
      }
      return best;
    }
  }

  private Info alternation() {
    List<Info> branches = new ArrayList<>();
    branches.add(sequence());
    while (i < re.length() && re.charAt(i) == '|') {
      i++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Set<String> exact = new LinkedHashSet<>();
    Set<String> union = new LinkedHashSet<>();
    Set<String> starts = new LinkedHashSet<>();
    for (Info b : branches) {
      if (exact != null && b.exact() != null) {
        exact.addAll(b.exact());
      } else {
        exact = null;
      }
      Set<String> best = b.best();
      if (union != null && best != null) {
        union.addAll(best);
      } else {
        union = null;
      }
      if (starts != null && b.starts() != null) {
        starts.addAll(b.starts());
      } else {
        starts = null;
      }
    }
    if (exact != null && exact.size() > MAX) {
      exact = null;
    }
    Set<String> required = minimal(union);
    return new Info(exact, required == null ? List.of() : List.of(required), minimalStarts(starts), null);
  }

  private Info sequence() {
    List<Info> items = new ArrayList<>();
    while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
      items.add(quantified(atom()));
    }
    List<Set<String>> sets = new ArrayList<>();
    Set<String> run = Set.of("");
    boolean exactAll = true;
    for (Info item : items) {
      if (item.exact() != null) {
        Set<String> product = product(run, item.exact());
        if (product == null) {
          sets.add(run);
          run = item.exact();
          exactAll = false;
        } else {
          run = product;
        }
      } else if (item.repeated() != null) {
        // "at\\s+least": the text has "at " and " least"
        Set<String> product = product(run, item.repeated());
        sets.add(product != null ? product : run);
        run = item.repeated();
        exactAll = false;
      } else {
        sets.add(run);
        sets.addAll(item.sets());
        run = Set.of("");
        exactAll = false;
      }
    }
    if (exactAll) {
      return new Info(run, List.of(), null, null);
    }
    sets.add(run);
    return new Info(null, sets, startsOf(items, 0), null);
  }

  /**
   * Strings every match of {@code items[from..]} starts with: the strings of the leading items
   * known exactly, then what the first other item starts with; an optional item adds what the
   * rest starts with. Null when unknown.
   */
  private static Set<String> startsOf(List<Info> items, int from) {
    Set<String> run = Set.of("");
    for (int k = from; k < items.size(); k++) {
      Info item = items.get(k);
      Set<String> next;
      if (item.exact() != null) {
        next = product(run, item.exact());
        if (next != null) {
          run = next;
          continue;
        }
        return nonEmpty(run);
      }
      if (item.optionalStarts() != null) {
        Set<String> rest = startsOf(items, k + 1);
        if (rest == null) {
          return nonEmpty(run);
        }
        Set<String> either = new LinkedHashSet<>(item.optionalStarts());
        either.addAll(rest);
        Set<String> cut = minimalStarts(either);
        next = cut == null ? null : product(run, cut);
      } else {
        next = item.starts() == null ? null : product(run, item.starts());
      }
      return nonEmpty(next != null ? next : run);
    }
    return nonEmpty(run);
  }

  private Info quantified(Info atom) {
    if (i >= re.length()) {
      return atom;
    }
    char c = re.charAt(i);
    int min;
    int max;
    if (c == '?') {
      min = 0;
      max = 1;
      i++;
    } else if (c == '*') {
      min = 0;
      max = -1;
      i++;
    } else if (c == '+') {
      min = 1;
      max = -1;
      i++;
    } else if (c == '{') {
      i++;
      min = number();
      max = min;
      if (re.charAt(i) == ',') {
        i++;
        max = re.charAt(i) == '}' ? -1 : number();
      }
      expect('}');
    } else {
      return atom;
    }
    if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
      i++;
    }
    if (min == 0) {
      if (max == 1 && atom.exact() != null) {
        Set<String> s = new LinkedHashSet<>(atom.exact());
        s.add("");
        return new Info(s, List.of(), null, null);
      }
      return max == 0 ? Info.EMPTY : new Info(null, List.of(), null, nonEmpty(atom.starts()));
    }
    if (min == 1 && max == 1) {
      return atom;
    }
    Set<String> repeated = atom.exact() == null || atom.exact().contains("") ? null : atom.exact();
    return new Info(null, atom.required(), atom.starts(), null, repeated);
  }

  private int number() {
    int start = i;
    while (Character.isDigit(re.charAt(i))) {
      i++;
    }
    if (start == i) {
      throw new Unsupported();
    }
    return Integer.parseInt(re.substring(start, i));
  }

  private void expect(char c) {
    if (re.charAt(i) != c) {
      throw new Unsupported();
    }
    i++;
  }

  private Info atom() {
    char c = re.charAt(i++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return charClass();
      case '.':
        return Info.UNKNOWN;
      case '^':
      case '$':
        return Info.EMPTY;
      case '\\':
        return escape();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported();
      default:
        if (Character.isSurrogate(c)) {
          throw new Unsupported();
        }
        return Info.literal(String.valueOf(Prefilter.fold(c)));
    }
  }

  private Info group() {
    boolean lookaround = false;
    if (re.charAt(i) == '?') {
      i++;
      char k = re.charAt(i);
      if (k == ':' || k == '>') {
        i++;
      } else if (k == '=' || k == '!') {
        i++;
        lookaround = true;
      } else if (k == '<') {
        i++;
        char n = re.charAt(i);
        if (n == '=' || n == '!') {
          i++;
          lookaround = true;
        } else {
          while (re.charAt(i) != '>') {
            if (!Character.isLetterOrDigit(re.charAt(i))) {
              throw new Unsupported();
            }
            i++;
          }
          i++;
        }
      } else {
        // inline flags: (?i) or (?i:...); only flags that keep the syntax and case folding
        while ("idms-".indexOf(re.charAt(i)) >= 0) {
          i++;
        }
        if (re.charAt(i) == ')') {
          i++;
          return Info.EMPTY;
        }
        expect(':');
      }
    }
    Info inner = alternation();
    expect(')');
    return lookaround ? Info.EMPTY : inner;
  }

  /** A character class: its characters when it lists a few plain ones, else unknown. */
  private Info charClass() {
    Set<String> chars = new LinkedHashSet<>();
    boolean plain = true;
    if (re.charAt(i) == '^') {
      plain = false;
      i++;
    }
    if (re.charAt(i) == ']') {
      throw new Unsupported();
    }
    int depth = 1;
    char prev = 0;
    while (depth > 0) {
      char c = re.charAt(i++);
      if (c == '[') {
        depth++;
        plain = false;
      } else if (c == ']') {
        depth--;
      } else if (c == '\\') {
        char e = re.charAt(i++);
        if (e == 'Q') {
          throw new Unsupported();
        }
        if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && re.charAt(i) == '{') {
          i = re.indexOf('}', i) + 1;
          if (i == 0) {
            throw new Unsupported();
          }
        }
        if (e == 'c') {
          throw new Unsupported();
        }
        if (Character.isLetterOrDigit(e)) {
          plain = false;
          prev = 0;
        } else {
          chars.add(String.valueOf(Prefilter.fold(e)));
          prev = e;
        }
      } else if (c == '&' && re.charAt(i) == '&') {
        plain = false;
      } else if (c == '-' && prev != 0 && re.charAt(i) != ']') {
        plain = false;
      } else {
        if (Character.isSurrogate(c)) {
          throw new Unsupported();
        }
        chars.add(String.valueOf(Prefilter.fold(c)));
        prev = c;
      }
    }
    return plain && chars.size() <= 8 ? new Info(chars, List.of(), null, null) : Info.UNKNOWN;
  }

  private Info escape() {
    char e = re.charAt(i++);
    switch (e) {
      case 'Q': {
        int end = re.indexOf("\\E", i);
        String lit = end < 0 ? re.substring(i) : re.substring(i, end);
        i = end < 0 ? re.length() : end + 2;
        for (int k = 0; k < lit.length(); k++) {
          if (Character.isSurrogate(lit.charAt(k))) {
            throw new Unsupported();
          }
        }
        return lit.isEmpty() ? Info.EMPTY : Info.literal(Prefilter.fold(lit));
      }
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
        return Info.EMPTY;
      case 'd':
        return new Info(DIGITS, List.of(), null, null);
      case 's':
        return Info.literal(" ");
      case 'w':
      case 'W':
      case 'S':
      case 'D':
      case 'h':
      case 'H':
      case 'v':
      case 'V':
      case 'R':
      case 'X':
        return Info.UNKNOWN;
      case 'p':
      case 'P':
        if (re.charAt(i) == '{') {
          i = re.indexOf('}', i) + 1;
          if (i == 0) {
            throw new Unsupported();
          }
        } else {
          i++;
        }
        return Info.UNKNOWN;
      default:
        if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
          throw new Unsupported();
        }
        return Info.literal(String.valueOf(Prefilter.fold(e)));
    }
  }
}
