package dev.incidents.extract.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Up to 64 {@link Regex}es asked about the same texts, such as the atoms of a grammar run over
 * every sentence: one walk over the literals of all their prefilters' first sets tells which of
 * them may match, instead of one prefilter test each. Answers exactly as their own {@link
 * Regex#mayMatch(String)} do. Immutable and thread-safe.
 */
public final class RegexSet {
  private final Regex[] regexes;
  /** The literals of the first sets, each once, and the regexes whose first set holds each. */
  private final LiteralSet literals;
  private final long[] holders;
  /** The regexes that need no literal of a first set: always tested on their own. */
  private final long open;
  /** The regexes whose prefilter tests more than the first set. */
  private final long more;

  private RegexSet(List<Regex> list) {
    if (list.size() > 64) {
      throw new IllegalArgumentException("a RegexSet holds up to 64 expressions, not " + list.size());
    }
    regexes = list.toArray(Regex[]::new);
    Map<String, Long> byLiteral = new LinkedHashMap<>();
    long always = 0;
    long rest = 0;
    for (int i = 0; i < regexes.length; i++) {
      Prefilter p = regexes[i].prefilter();
      LiteralSet first = p.sets() == 0 ? null : p.set(0);
      if (first == null || first.hasEmpty()) {
        always |= 1L << i;
        continue;
      }
      if (p.sets() > 1) {
        rest |= 1L << i;
      }
      for (int k = 0; k < first.size(); k++) {
        byLiteral.merge(first.literal(k), 1L << i, (a, b) -> a | b);
      }
    }
    literals = new LiteralSet(byLiteral.keySet().toArray(String[]::new));
    holders = byLiteral.values().stream().mapToLong(Long::longValue).toArray();
    open = always;
    more = rest;
  }

  /**
   * A set of {@code regexes}, numbered in their order.
   *
   * @param regexes up to 64 expressions
   * @return the set
   */
  public static RegexSet of(List<Regex> regexes) {
    return new RegexSet(regexes);
  }

  /**
   * Which of the expressions may match {@code folded}: bit {@code i} for expression {@code i},
   * set exactly when its {@link Regex#mayMatch(String)} says maybe.
   *
   * @param folded a text folded with {@link Prefilter#fold}
   * @return the expressions that may match, as bits
   */
  public long mayMatch(String folded) {
    long may = open | literals.union(TextGrams.of(folded), folded, holders);
    for (long check = may & (open | more); check != 0; check &= check - 1) {
      int i = Long.numberOfTrailingZeros(check);
      if (!regexes[i].mayMatch(folded)) {
        may &= ~(1L << i);
      }
    }
    return may;
  }

  /**
   * Whether {@code pattern} may match by {@code may}, a result of {@link #mayMatch}: true for a
   * pattern not in the set.
   *
   * @param may the bits {@link #mayMatch} gave
   * @param pattern an expression
   * @return false when it cannot match the text {@code may} was computed for
   */
  public boolean may(long may, Regex pattern) {
    for (int i = 0; i < regexes.length; i++) {
      if (regexes[i] == pattern) {
        return (may & 1L << i) != 0;
      }
    }
    return true;
  }
}
