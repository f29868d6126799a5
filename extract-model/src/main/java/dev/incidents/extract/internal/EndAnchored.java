package dev.incidents.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An expression whose every match ends at the end of the text ({@code "by\\s+(?:the\\s+)?$"}, read
 * on the words before a mention), asked only whether it matches. {@link java.util.regex.Matcher#find}
 * would try it at every place of the text and fail at the end each time; here it is tried once,
 * backwards: the expression is reversed (its sequences read right to left, look-aheads made
 * look-behinds and the other way round, {@code $} made a start) and matched at the start of the
 * reversed text, so that a text whose last words do not fit fails at once. What the engine does
 * not read the same both ways is read forwards: a text with a non-spacing mark or a surrogate, and
 * an expression with back references, possessive or atomic parts, a look-ahead of no
 * longest length (it would become such a look-behind) or a repeat of a part that may match nothing.
 * EndAnchoredTest compares both ways on random expressions and texts. Immutable and thread-safe.
 */
public final class EndAnchored {
  /**
   * What {@code $} lets stand at the very end of a text, reversed: one line terminator, "\r\n"
   * whole (no {@code $} matches between its two characters).
   */
  private static final String FINAL_TERMINATOR = "(?:\\n\\r|\\n(?!\\r)|[\\r\\u0085\\u2028\\u2029])?";

  private final Pattern forward;
  /** The reversed expression, or null when it is found forwards. */
  private final Pattern reversed;
  /**
   * This expression's number, by which each thread keeps a matcher of the reversed one
   * ({@link ThreadCaches#matcher}).
   */
  private final int id = ThreadCaches.number();

  private EndAnchored(Pattern forward, Pattern reversed) {
    this.forward = forward;
    this.reversed = reversed;
  }

  /**
   * Compiles {@code regex}.
   *
   * @param regex an expression whose matches all end at the end of the text
   * @return the compiled expression
   * @throws PatternSyntaxException if it is no expression
   */
  public static EndAnchored compile(String regex) {
    Pattern forward = Pattern.compile(regex);
    return new EndAnchored(forward, reverse(regex));
  }

  /**
   * Whether the expression matches somewhere in {@code text}.
   *
   * @param text the text
   * @return whether {@code Pattern.compile(regex).matcher(text).find()}
   */
  public boolean find(String text) {
    return findBefore(text, text.length());
  }

  /**
   * Whether the expression matches somewhere in {@code text[0, end)}, as in {@code
   * text.substring(0, end)}: the words before a place, read without being copied.
   *
   * @param text the text
   * @param end where the words end
   * @return whether {@code Pattern.compile(regex).matcher(text.substring(0, end)).find()}
   */
  public boolean findBefore(String text, int end) {
    if (reversed == null || readsDifferentlyBackwards(text, end)) {
      return forward.matcher(text).region(0, end).find();
    }
    return ThreadCaches.get().matcher(id, reversed).reset(new Backwards(text, end)).lookingAt();
  }

  /**
   * A matcher over {@code text} at the expression's first match, or null when there is none:
   * whether there is one is asked backwards, the match found forwards only when there is.
   *
   * @param text the text
   * @return the matcher at its first match, or null
   */
  public Matcher first(String text) {
    if (!find(text)) {
      return null;
    }
    Matcher m = forward.matcher(text);
    return m.find() ? m : null;
  }

  /**
   * Whether {@code text[0, end)} holds a non-spacing mark or a surrogate: {@code \\b} counts a
   * mark as part of a word when a letter stands before it, so a mark reads differently backwards,
   * and a code point of two chars would be read with its chars swapped. Such texts are read
   * forwards. None of these is below U+0300.
   */
  private static boolean readsDifferentlyBackwards(String text, int end) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x300 && (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text[0, end)} read from its end, char by char, without a copy. */
  private static final class Backwards implements CharSequence {
    private final String text;
    private final int end;

    Backwards(String text, int end) {
      this.text = text;
      this.end = end;
    }

    @Override
    public int length() {
      return end;
    }

    @Override
    public char charAt(int index) {
      return text.charAt(end - 1 - index);
    }

    @Override
    public CharSequence subSequence(int start, int stop) {
      return new StringBuilder(text.substring(end - stop, end - start)).reverse();
    }

    @Override
    public String toString() {
      return new StringBuilder(text.substring(0, end)).reverse().toString();
    }
  }

  /**
   * The expression as written.
   *
   * @return the pattern
   */
  public Pattern pattern() {
    return forward;
  }

  /**
   * Whether it is matched backwards.
   *
   * @return false when the expression could not be reversed
   */
  public boolean reversed() {
    return reversed != null;
  }

  @Override
  public String toString() {
    return forward.pattern() + (reversed == null ? "" : " reversed " + reversed.pattern());
  }

  /** The reversed expression, or null when it cannot be reversed or not every match ends at the end. */
  static Pattern reverse(String regex) {
    try {
      Reverser r = new Reverser(regex);
      Reversed out = r.alternation();
      if (r.i != regex.length() || !out.endAnchored) {
        return null;
      }
      return Pattern.compile(r.flags + out.regex);
    } catch (Unsupported | PatternSyntaxException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /**
   * A part reversed: whether each of its matches ends where {@code $} allows, whether it may match
   * nothing, and whether its matches have a longest length.
   */
  private record Reversed(String regex, boolean endAnchored, boolean nullable, boolean bounded) {}

  /** An atom reversed: whether it may match nothing, has a longest length, ends at $. */
  private record Atom(String regex, boolean nullable, boolean bounded, boolean endAnchored) {}

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** Each look-around's opening and the opening it takes reversed: a look-ahead becomes a look-behind and back. */
  private static final String[][] LOOK_AROUNDS = {{"(?<=", "(?="}, {"(?<!", "(?!"}, {"(?=", "(?<="}, {"(?!", "(?<!"}};

  /** Whether inline flags make the text read otherwise: comments, Unicode classes, Unix lines. */
  private static boolean changesWhatIsRead(String flags) {
    return flags.contains("x") || flags.contains("U") || flags.contains("d");
  }

  /** A recursive-descent reading of the expression that writes it reversed. */
  private static final class Reverser {
    private final String re;
    private int i;
    /** Inline flags that open the whole expression ({@code (?i)}), kept in front. */
    private String flags = "";

    Reverser(String re) {
      this.re = re;
      if (re.startsWith("(?")) {
        int close = re.indexOf(')');
        String f = close > 0 ? re.substring(2, close) : "";
        if (!f.isEmpty() && f.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
          if (changesWhatIsRead(f)) {
            throw new Unsupported();
          }
          flags = re.substring(0, close + 1);
          i = close + 1;
        }
      }
    }

    /** Alternatives up to the end or the closing parenthesis. */
    Reversed alternation() {
      StringBuilder b = new StringBuilder();
      boolean anchored = true;
      boolean nullable = false;
      boolean bounded = true;
      while (true) {
        Reversed s = sequence();
        b.append(s.regex);
        anchored &= s.endAnchored;
        nullable |= s.nullable;
        bounded &= s.bounded;
        if (i < re.length() && re.charAt(i) == '|') {
          b.append('|');
          i++;
          continue;
        }
        return new Reversed(b.toString(), anchored, nullable, bounded);
      }
    }

    /** Items up to '|', ')' or the end, written last first. */
    private Reversed sequence() {
      java.util.List<String> items = new java.util.ArrayList<>();
      boolean anchored = false;
      boolean nullable = true;
      boolean bounded = true;
      while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
        if (anchored) {
          throw new Unsupported(); // something after a $
        }
        if (re.charAt(i) == '$') {
          i++;
          items.add("^" + FINAL_TERMINATOR);
          anchored = true;
          continue;
        }
        Atom atom = atom();
        String quantifier = quantifier();
        if (atom.endAnchored) {
          if (!quantifier.isEmpty()) {
            throw new Unsupported();
          }
          anchored = true;
        }
        boolean repeats = !quantifier.isEmpty() && !quantifier.startsWith("?") && !quantifier.matches("\\{[01]}\\??");
        if (repeats && atom.nullable) {
          // repeats of what may match nothing: the engine stops them differently in each direction
          throw new Unsupported();
        }
        nullable &= atom.nullable || quantifier.startsWith("?") || quantifier.startsWith("*")
            || quantifier.startsWith("{0");
        bounded &= atom.bounded && !quantifier.startsWith("*") && !quantifier.startsWith("+")
            && !quantifier.matches("\\{\\d+,}\\??");
        items.add(atom.regex + quantifier);
      }
      StringBuilder b = new StringBuilder();
      for (int k = items.size() - 1; k >= 0; k--) {
        b.append(items.get(k));
      }
      return new Reversed(b.toString(), anchored, nullable, bounded);
    }

    private String quantifier() {
      int end = RegexSyntax.quantifierEnd(re, i);
      if (end < 0 || end > i && re.charAt(end - 1) == '+' && end - i > 1) {
        throw new Unsupported(); // unclosed, or possessive
      }
      String q = re.substring(i, end);
      i = end; // a lazy mark is kept: whether there is a match does not depend on it
      return q;
    }

    /** One atom reversed. */
    private Atom atom() {
      char c = re.charAt(i);
      switch (c) {
        case '(':
          return group();
        case '[':
          int close = RegexSyntax.classEnd(re, i);
          if (close < 0 || re.substring(i, close).contains("\\Q")) {
            throw new Unsupported();
          }
          String cls = re.substring(i, close + 1);
          i = close + 1;
          return new Atom(cls, false, true, false);
        case '\\':
          char e = re.charAt(i + 1);
          String escape = escape();
          boolean empty = escape.equals("\\Q\\E");
          return new Atom(escape, e == 'b' || e == 'B' || empty, true, false);
        case '^':
          i++;
          return new Atom("\\z", true, true, false); // the start of the text is the end of the reversed one
        case '*', '+', '?', '{':
          throw new Unsupported(); // a quantifier with nothing before it
        default:
          i++;
          return new Atom(String.valueOf(c), false, true, false);
      }
    }

    /** The reversed opening of the look-around at {@code i}, read past; null when none is there. */
    private String lookAround() {
      for (String[] pair : LOOK_AROUNDS) {
        if (re.startsWith(pair[0], i)) {
          i += pair[0].length();
          return pair[1];
        }
      }
      return null;
    }

    /** The opening of the other group at {@code i}, read past: non-capturing, capturing, named or with flags. */
    private String groupOpening() {
      String open;
      if (re.startsWith("(?:", i)) {
        open = "(?:";
        i += 3;
      } else if (re.startsWith("(?<", i)) {
        int close = re.indexOf('>', i);
        open = "(?:"; // a named group: the name is not needed to tell whether there is a match
        i = close + 1;
      } else if (re.startsWith("(?", i)) {
        int j = i + 2;
        while (j < re.length() && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
          j++;
        }
        if (j >= re.length() || re.charAt(j) != ':') {
          throw new Unsupported(); // flags for the rest of a group, atomic groups, …
        }
        if (changesWhatIsRead(re.substring(i + 2, j))) {
          throw new Unsupported();
        }
        open = re.substring(i, j + 1);
        i = j + 1;
      } else {
        open = "(?:";
        i++;
      }
      return open;
    }

    private Atom group() {
      String open = lookAround();
      boolean lookaround = open != null;
      if (!lookaround) {
        open = groupOpening();
      }
      Reversed inner = alternation();
      if (i >= re.length() || re.charAt(i) != ')') {
        throw new Unsupported();
      }
      i++;
      if (inner.endAnchored && lookaround) {
        throw new Unsupported();
      }
      if (open.startsWith("(?<") && !inner.bounded) {
        throw new Unsupported(); // a look-ahead of no longest length cannot become a look-behind
      }
      String regex = open + inner.regex + ")";
      return lookaround ? new Atom(regex, true, true, false) : new Atom(regex, inner.nullable, inner.bounded, inner.endAnchored);
    }

    private String escape() {
      char c = re.charAt(i + 1);
      int end = RegexSyntax.escapeEnd(re, i);
      if (end < 0 || "0kAzZGRXNhHvV".indexOf(c) >= 0) {
        throw new Unsupported(); // back references, octal, input bounds, …
      }
      String e = re.substring(i, end);
      i = end;
      if (c == 'Q') {
        String literal = e.endsWith("\\E") ? e.substring(2, e.length() - 2) : e.substring(2);
        return Pattern.quote(new StringBuilder(literal).reverse().toString());
      }
      return e;
    }
  }
}
