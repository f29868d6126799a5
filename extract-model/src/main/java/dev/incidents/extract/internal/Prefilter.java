package dev.incidents.extract.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that tells when a regular expression cannot match a text: the literal words its
 * matches must contain ("killed", "attack"), read from the expression itself, are looked up
 * with {@link String#indexOf} once the {@link TextGrams} of the text say they may be there. When
 * it says no, running the expression is not needed; when it
 * says maybe, the expression decides. Texts are given folded ({@link #fold}): ASCII capitals
 * lower-cased and white space made spaces, so offsets stay the same. Immutable and thread-safe.
 */
public final class Prefilter {
  private static final Prefilter NONE = new Prefilter(new String[0][], LiteralSet.SMALL);

  /** Sets of literals; a match contains one literal of each set. */
  private final LiteralSet[] sets;

  private Prefilter(String[][] sets, int small) {
    this.sets = Arrays.stream(sets).map(set -> new LiteralSet(set, small)).toArray(LiteralSet[]::new);
  }

  /**
   * The prefilter of {@code pattern}; one that always says maybe when the expression requires
   * no literal it can read.
   *
   * @param pattern the expression
   * @return its prefilter
   */
  public static Prefilter of(Pattern pattern) {
    return of(RequiredLiterals.of(pattern).required());
  }

  static Prefilter of(List<Set<String>> required) {
    return of(required, LiteralSet.SMALL);
  }

  /** A prefilter that indexes the sets of more than {@code small} literals by their first signature bits. */
  static Prefilter of(List<Set<String>> required, int small) {
    if (required.isEmpty()) {
      return NONE;
    }
    String[][] sets = new String[required.size()][];
    for (int k = 0; k < sets.length; k++) {
      sets[k] = required.get(k).stream().sorted().toArray(String[]::new);
    }
    return new Prefilter(sets, small);
  }

  /**
   * A prefilter that says no only when every one of {@code filters} does: one set, the union of
   * each filter's smallest set (a match of any of their expressions contains a literal of it). It
   * always says maybe when one of them has no literals.
   *
   * @param filters the prefilters
   * @return their union
   */
  public static Prefilter anyOf(List<Prefilter> filters) {
    Set<String> union = new java.util.TreeSet<>();
    for (Prefilter f : filters) {
      if (f.sets.length == 0) {
        return NONE;
      }
      LiteralSet smallest = f.sets[0];
      for (LiteralSet set : f.sets) {
        if (set.size() < smallest.size()) {
          smallest = set;
        }
      }
      for (int i = 0; i < smallest.size(); i++) {
        union.add(smallest.literal(i));
      }
    }
    return filters.isEmpty() ? NONE : new Prefilter(new String[][] {union.toArray(String[]::new)}, LiteralSet.SMALL);
  }

  /**
   * Whether the expression may match somewhere in {@code folded}.
   *
   * @param folded a folded text
   * @return false only when the expression cannot match it
   */
  public boolean mayMatch(String folded) {
    return mayMatch(folded, 0, folded.length());
  }

  /**
   * Whether the expression may match inside {@code [from, to)} of {@code folded}.
   *
   * @param folded a folded text
   * @param from start of the range
   * @param to end of the range
   * @return false only when the expression cannot match inside the range
   */
  public boolean mayMatch(String folded, int from, int to) {
    return sets.length == 0 || mayMatch(folded, from, to, ThreadCaches.get());
  }

  /** {@link #mayMatch(String, int, int)} with this thread's caches at hand. */
  boolean mayMatch(String folded, int from, int to, ThreadCaches caches) {
    if (sets.length == 0) {
      return true;
    }
    TextGrams grams = TextGrams.of(folded, caches);
    for (LiteralSet set : sets) {
      if (!set.anyWithin(grams, folded, from, to)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether it ever says no.
   *
   * @return true when it has literals to look for
   */
  public boolean filters() {
    return sets.length > 0;
  }

  /**
   * {@code s} with its ASCII capitals lower-cased and the white space of {@code \\s} (space, tab,
   * line breaks, form feed) made spaces, every other character kept: same length, same offsets.
   *
   * @param s a text
   * @return the folded text
   */
  public static String fold(String s) {
    return fold(s, ThreadCaches.get());
  }

  /** {@link #fold(String)} with this thread's caches at hand. */
  static String fold(String s, ThreadCaches caches) {
    String[] recent = caches.folds;
    int set = foldSet(s);
    if (recent[set] == s) {
      return recent[set + 1];
    }
    String folded;
    if (recent[set + 2] == s) {
      folded = recent[set + 3];
    } else {
      folded = foldNow(s);
    }
    // the text just asked about in the first place, the other in the second (a new text replaces it)
    recent[set + 2] = recent[set];
    recent[set + 3] = recent[set + 1];
    recent[set] = s;
    recent[set + 1] = folded;
    return folded;
  }

  /**
   * The folding of {@code s} when this thread has made it lately, else null (nothing is folded).
   *
   * @param s a text
   * @param caches this thread's caches
   * @return its folding, or null
   */
  static String foldedIfKnown(String s, ThreadCaches caches) {
    String[] recent = caches.folds;
    int set = foldSet(s);
    return recent[set] == s ? recent[set + 1] : recent[set + 2] == s ? recent[set + 3] : null;
  }

  /**
   * Where the set of {@code s} begins in this thread's table ({@link ThreadCaches#folds}): by
   * identity hash, two texts a set, each followed by its folding, the one asked about last first.
   */
  private static int foldSet(String s) {
    return (System.identityHashCode(s) & (ThreadCaches.FOLD_SETS - 1)) << 2;
  }

  private static String foldNow(String s) {
    int n = s.length();
    int k = 0;
    while (k < n && fold(s.charAt(k)) == s.charAt(k)) {
      k++;
    }
    if (k == n) {
      return s;
    }
    // most texts are Latin-1: fold into bytes, which the String keeps as they are
    byte[] latin = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        char[] chars = s.toCharArray();
        for (int j = k; j < n; j++) {
          chars[j] = fold(chars[j]);
        }
        return new String(chars);
      }
      latin[i] = (byte) (c < 0x80 ? ASCII_FOLDS[c] : c);
    }
    return new String(latin, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** {@link #fold(char)} of each ASCII character. */
  private static final char[] ASCII_FOLDS = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_FOLDS[c] = fold(c);
    }
  }

  static char fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + 32);
    }
    return Regex.isSpace(c) ? ' ' : c;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Prefilter");
    for (LiteralSet set : sets) {
      b.append(' ').append(set);
    }
    return b.toString();
  }
}
