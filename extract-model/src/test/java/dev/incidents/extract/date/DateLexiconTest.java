package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The vocabulary file loads and covers the calendar. */
class DateLexiconTest {
  private final Lexicon lex = Lexicon.standard();

  @Test
  void everyMonthAndWeekdayIsKnown() {
    String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    IntStream.range(0, 12).forEach(i -> assertThat(lex.intValue("month", months[i])).isEqualTo(i + 1));
    assertThat(lex.intValue("month", "Sept.")).isEqualTo(9);
    assertThat(lex.intValue("weekday", "SATURDAY")).isEqualTo(6);
  }

  @Test
  void relativeWordsCarryOffsetsAndPartsOfDay() {
    assertThat(lex.get("relday", "last  night").value()).isEqualTo("-1");
    assertThat(lex.get("relday", "last night").timeOfDay()).isEqualTo("night");
    assertThat(lex.get("anaphor", "the previous day").value()).isEqualTo("-1");
    assertThat(lex.get("partofday", "evening").timexPart()).isEqualTo("EV");
  }

  @Test
  void unknownPhrasesFail() {
    assertThat(lex.get("month", "brumaire")).isNull();
    assertThatThrownBy(() -> lex.intValue("month", "brumaire")).hasMessageContaining("brumaire");
  }

  @Test
  void twoDigitYearsPivotAtFifty() {
    assertThat(DateGrammar.twoDigitYear(88)).isEqualTo(1988);
    assertThat(DateGrammar.twoDigitYear(50)).isEqualTo(1950);
    assertThat(DateGrammar.twoDigitYear(24)).isEqualTo(2024);
  }
}
