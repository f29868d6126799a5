package dev.incidents.extract.casualty;

import dev.incidents.core.model.Qualifier;
import dev.incidents.extract.internal.EndAnchored;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts in every written form: digits ("1,200"), words ("Twenty-four", "a dozen"), vague
 * quantities and their qualifiers ("at least", "more than", "up to", "nearly").
 *
 * <p>Vague quantities are marked {@link Qualifier#APPROXIMATE} with an open upper bound:
 * "dozens" is 24.., "scores" 40.., "hundreds" 200.., "thousands" 2000.., "several" 3.. and "a few"
 * 2... "Up to 12" is 0..12 ({@link Qualifier#AT_MOST}); "more than 12" is 13...
 */
final class Counts {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
      "ninety", 90);
  private static final String UNIT = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
  private static final String TEN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String WORDS = "(?:(?:" + TEN + ")(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|(?:"
      + UNIT + "))(?:\\s+(?:hundred|thousand)(?:\\s+and\\s+(?:" + TEN + "|" + UNIT + "))?)?";
  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+|\\d+";
  private static final String VAGUE = "half\\s+a\\s+dozen|a\\s+dozen|two\\s+dozen|three\\s+dozen|dozens|scores|hundreds|"
      + "thousands|several|a\\s+few|a\\s+handful|both";
  private static final String QUALIFIER = "at\\s+least|no\\s+(?:fewer|less)\\s+than|not\\s+less\\s+than|a\\s+minimum\\s+of|"
      + "more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of|up\\s+to|as\\s+many\\s+as|at\\s+most|no\\s+more\\s+than|"
      + "a\\s+maximum\\s+of|nearly|almost|about|around|some|approximately|roughly|an\\s+estimated|close\\s+to|"
      + "estimated|approx\\.";

  /**
   * A count with its qualifier: group 1 the qualifier, group 2 the number. It begins a word: a
   * qualifier, a vague quantity, a number word or a digit.
   */
  static final WordPattern COUNT = WordPattern.compile(
      "(?i)(?<![\\w$£€.,:/-])(?:(" + QUALIFIER + ")\\s+)?(" + DIGITS + "|" + VAGUE + "|" + WORDS + ")(?![\\w%]|[.,:/]\\d)",
      QUALIFIER + "|" + VAGUE + "|" + TEN + "|" + UNIT, true);

  private static final Pattern BAD_AFTER = Pattern.compile(
      "(?i)^(?:-(?:year|month|week|day|hour|minute|km|kilo|member|strong|storey|story|point|man\\b)|\\s*(?:%|percent|per\\s+cent|"
          + "a\\.m|p\\.m|am\\b|pm\\b|hrs\\b|hours?\\b|minutes?\\b|years?\\b|months?\\b|weeks?\\b|days?\\b|km\\b|kilomet|kg\\b|"
          + "miles?\\b|million|billion|rupees|dollars|pesos|euros|times\\b|o'clock|th\\b|st\\b|nd\\b|rd\\b))");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");
  /** A month name right after a number ("on 12 March"): looked for at the start of the words after it. */
  private static final Pattern MONTH_AFTER = Pattern.compile("\\s*(?:January|February|March|April|May|June|July"
      + "|August|September|October|November|December)\\b");
  private static final EndAnchored BAD_BEFORE = EndAnchored.compile(
      "(?i)(?:\\$|rs\\.?\\s*|no\\.\\s*|number\\s+|page\\s+|route\\s+|(?-i:Operation\\s+[A-Z][\\w-]*)\\s+|phase\\s+|corps\\s+|battalion\\s+|brigade\\s+|division\\s+|regiment\\s+|unit\\s+|company\\s+|platoon\\s+|highway\\s+|km\\s+|"
          + "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
          + "jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+)$");

  private Counts() {}

  /** A parsed count. */
  record Count(int min, Integer max, Qualifier qualifier) {}

  /** Whether the match at {@code m} is a count and not a year, a time, an age, money or a name. */
  static boolean plausible(String sentence, Matcher m) {
    // the words after the number, as their own text (the expressions look neither before nor beyond them)
    int end = sentence.length();
    // BAD_AFTER is anchored at its start (^, the region's start): lookingAt, not a find that tries every place
    if (BAD_AFTER.matcher(sentence).region(m.end(), end).lookingAt() || BAD_BEFORE.findBefore(sentence, m.start())) {
      return false;
    }
    String number = m.group(2);
    if (isDigits(number) && number.length() >= 4 && !number.startsWith("0")) {
      int n = Integer.parseInt(number.substring(0, Math.min(number.length(), 4)));
      if (number.length() == 4 && n >= 1900 && n <= 2099) {
        return false;
      }
      if (number.length() >= 4) {
        return false;
      }
    }
    return !MONTH_AFTER.matcher(sentence).region(m.end(), end).lookingAt();
  }

  /** The count a match stands for, or null when it has none. */
  static Count parse(String qualifierText, String numberText) {
    String n = SPACES.matcher(numberText.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    Qualifier q = Qualifier.EXACT;
    Integer value;
    boolean open = false;
    switch (n) {
      case "half a dozen" -> { value = 6; q = Qualifier.APPROXIMATE; }
      case "a dozen" -> { value = 12; q = Qualifier.APPROXIMATE; }
      case "two dozen" -> { value = 24; q = Qualifier.APPROXIMATE; }
      case "three dozen" -> { value = 36; q = Qualifier.APPROXIMATE; }
      case "dozens" -> { value = 24; q = Qualifier.APPROXIMATE; open = true; }
      case "scores" -> { value = 40; q = Qualifier.APPROXIMATE; open = true; }
      case "hundreds" -> { value = 200; q = Qualifier.APPROXIMATE; open = true; }
      case "thousands" -> { value = 2000; q = Qualifier.APPROXIMATE; open = true; }
      case "several" -> { value = 3; q = Qualifier.APPROXIMATE; open = true; }
      case "a few", "a handful" -> { value = 2; q = Qualifier.APPROXIMATE; open = true; }
      case "both" -> value = 2;
      default -> value = number(n);
    }
    if (value == null) {
      return null;
    }
    if (qualifierText != null && !qualifierText.isBlank()) {
      String qt = SPACES.matcher(qualifierText.toLowerCase(Locale.ROOT)).replaceAll(" ");
      if (qt.equals("at least") || qt.startsWith("no fewer") || qt.startsWith("no less") || qt.startsWith("not less")
          || qt.startsWith("a minimum")) {
        return new Count(value, null, Qualifier.AT_LEAST);
      }
      if (qt.equals("more than") || qt.equals("over") || qt.equals("upwards of") || qt.equals("in excess of")) {
        return new Count(value + 1, null, Qualifier.MORE_THAN);
      }
      if (qt.equals("up to") || qt.equals("as many as") || qt.equals("at most") || qt.equals("no more than")
          || qt.equals("a maximum of")) {
        return new Count(0, value, Qualifier.AT_MOST);
      }
      return new Count(value, open ? null : value, Qualifier.APPROXIMATE);
    }
    return new Count(value, open ? null : value, q);
  }

  /** Whether {@code s} is one or more ASCII digits (what {@code \\d+} matches). */
  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of a number written in digits or words, or null. */
  static Integer number(String text) {
    String n = text.toLowerCase(Locale.ROOT).replace(",", "").trim();
    if (isDigits(n)) {
      return n.length() > 7 ? null : Integer.parseInt(n);
    }
    int total = 0;
    int current = 0;
    boolean any = false;
    for (String w : WORD_BREAK.split(n)) {
      if (w.equals("and")) {
        continue;
      }
      Integer u = UNITS.get(w);
      Integer t = TENS.get(w);
      if (u != null) {
        current += u;
      } else if (t != null) {
        current += t;
      } else if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (w.equals("thousand")) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else {
        return null;
      }
      any = true;
    }
    return any ? total + current : null;
  }
}
