package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import dev.incidents.extract.internal.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules that skip a sentence without digits never match one. */
class DateGrammarDigitTest {
  private static final Lexicon LEX = Lexicon.standard();
  private static final List<Regex> DIGIT_RULES = new DateGrammar(LEX).digitRules();

  @Test
  void digitRulesAreTheNumericOnes() {
    assertThat(DIGIT_RULES).hasSizeGreaterThanOrEqualTo(10);
    assertThat(DIGIT_RULES.stream().anyMatch(r -> r.find("on 3 March 2024"))).isTrue();
    assertThat(DIGIT_RULES.stream().anyMatch(r -> r.find("at 10:30 pm"))).isTrue();
  }

  /** Random texts of date words and punctuation: without a digit no digit rule matches, with one some do. */
  @Test
  void noDigitRuleMatchesATextWithoutDigits() {
    List<String> pieces = new ArrayList<>(List.of(" ", ", ", "-", "/", ":", ".", "'", "am", "pm", "a.m.", "hours",
        "hrs", "GMT", "local time", "at", "around", "in", "since", "between", "and", "to", "of", "the", "fiscal year",
        "FY", "ago", "days", "last", "week", "AH", "th", "st", "x", "é"));
    for (String kind : List.of("month", "weekday", "hijri", "number", "relday", "partofday", "anaphor")) {
      pieces.addAll(LEX.capitalisedFirstWords(kind));
    }
    pieces.addAll(List.of("March", "Sept.", "Monday", "twelve", "yesterday", "morning", "that day"));
    List<String> digits = List.of("3", "12", "2024", "1930", "10", "07", "23");
    Random random = new Random(20261207);
    int withDigitsMatched = 0;
    for (int round = 0; round < 20_000; round++) {
      String[] all = pieces.toArray(String[]::new);
      String text = RandomTexts.of(random, all, 12, 2).toString();
      for (Regex rule : DIGIT_RULES) {
        assertThat(rule.find(text)).as(rule + " on " + text).isFalse();
      }
      List<String> mixed = new ArrayList<>(pieces);
      mixed.addAll(digits);
      mixed.addAll(digits);
      String numeric = RandomTexts.of(random, mixed.toArray(String[]::new), 12, 2).toString();
      if (DIGIT_RULES.stream().anyMatch(r -> r.find(numeric))) {
        withDigitsMatched++;
      }
    }
    assertThat(withDigitsMatched).isGreaterThan(500);
  }
}
