package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.spi.DateExtractor;
import dev.incidents.core.spi.DateMention;
import dev.incidents.core.spi.ExtractorRegistry;
import dev.incidents.core.spi.Resources;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RuleDateExtractor} through the SPI, on short articles with each kind of header. */
class DateExtractorTest {
  private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer(AnalyzerProfile.TOKENS);
  private final DateExtractor extractor = new RuleDateExtractor();
  private final HeaderReader headers = new HeaderReader();

  private static AnalyzedText analyze(String text) {
    return ANALYZER.analyze(Normalizer.standard().normalize(text).text());
  }

  private List<DateMention> extract(String text) {
    return extractor.extract(analyze(text), headers.read(text).context());
  }

  @Test
  void isRegisteredUnderItsName() {
    ExtractorRegistry registry = ExtractorRegistry.load();
    assertThat(registry.names(DateExtractor.class)).contains("rules");
    DateExtractor created = registry.provider(DateExtractor.class, "rules").create(new Resources());
    assertThat(created).isInstanceOf(RuleDateExtractor.class);
    assertThat(created.name()).isEqualTo("rules");
  }

  @Test
  void headerDateIsTheAnchorNotAMention() {
    String text = " date 2025-07-20 \n\n\nOn July 19, 2025, an officer was killed in a blast.\n\n"
        + "The blast occurred on Saturday evening near the main road. He had been wounded in a 2019 attack.";
    List<DateMention> ms = extract(text);
    assertThat(ms).extracting(m -> m.date().text()).containsExactly("July 19, 2025", "Saturday evening", "2019");
    EventDate saturday = ms.get(1).date();
    assertThat(saturday.start()).isEqualTo(LocalDate.of(2025, 7, 19));
    assertThat(saturday.weekday()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(saturday.timeOfDay()).isEqualTo("evening");
    assertThat(saturday.resolvedFrom()).isEqualTo(DateResolution.RELATIVE_TO_PUBLICATION);
    assertThat(ms.get(1).sentence()).isEqualTo(2);
    assertThat(ms).extracting(DateMention::background).containsExactly(false, false, true);
  }

  @Test
  void withoutAnchorWeekdaysAndTimesStayUnresolved() {
    String text = "The attacks began around 3 a.m. local time on Saturday. In a separate incident the same day, "
        + "a bomb detonated around 2:40 pm.";
    List<DateMention> ms = extract(text);
    assertThat(ms).hasSize(3);
    assertThat(ms).allSatisfy(m -> {
      assertThat(m.date().isResolved()).isFalse();
      assertThat(m.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
      assertThat(m.date().resolvedFrom()).isEqualTo(DateResolution.UNRESOLVED);
    });
    assertThat(ms.get(0).date().weekday()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(ms.get(0).date().timeOfDay()).isEqualTo("03:00");
    assertThat(ms.get(1).date().weekday()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(ms.get(2).date().timeOfDay()).isEqualTo("14:40");
  }

  @Test
  void aStatementsDateIsNotAMention() {
    String text = "Kalat, Balochistan \u2013 February 26, 2025 \u2013 Police said yesterday that a bomb exploded "
        + "on Monday at a bank. The army reported today that the road was reopened.";
    List<DateMention> ms = extract(text);
    assertThat(ms).extracting(m -> m.date().text()).containsExactly("Monday");
    assertThat(ms.get(0).date().start()).isEqualTo(LocalDate.of(2025, 2, 24));
    assertThat(ms.get(0).background()).isFalse();
  }

  @Test
  void datelineAnchorsTheRangeEnd() {
    String text = "Kalat, Balochistan \u2013 February 26, 2025 \u2013 Militants blocked the highway late on February 25. "
        + "The toll rose to 23 insurgents by February 26.";
    List<DateMention> ms = extract(text);
    assertThat(ms).extracting(m -> m.date().text()).containsExactly("February 25", "February 26");
    EventDate range = EventDates.span(ms.get(0).date(), ms.get(1).date());
    assertThat(range.start()).isEqualTo(LocalDate.of(2025, 2, 25));
    assertThat(range.end()).isEqualTo(LocalDate.of(2025, 2, 26));
    assertThat(range.resolvedFrom()).isEqualTo(DateResolution.RELATIVE_TO_DATELINE);
  }

  @Test
  void gtdPrefixIsAnExplicitEventMention() {
    List<DateMention> ms = extract("01/26/2018: Assailants attacked a checkpoint in Kolofata.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).date().start()).isEqualTo(LocalDate.of(2018, 1, 26));
    assertThat(ms.get(0).date().resolvedFrom()).isEqualTo(DateResolution.EXPLICIT);
    assertThat(ms.get(0).background()).isFalse();
  }

  @Test
  void wireDatelineResolvesYesterday() {
    List<DateMention> ms = extract("Managua, 27 Aug 88 (Radio Sandino) -- [Excerpt] The airline condemned "
        + "yesterday's attack on its offices.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).date().start()).isEqualTo(LocalDate.of(1988, 8, 26));
    assertThat(ms.get(0).date().resolvedFrom()).isEqualTo(DateResolution.RELATIVE_TO_DATELINE);
  }

  @Test
  void spansPointIntoTheCallersTextAfterNormalisation() {
    String text = "Officials said \u00e2\u20ac\u0153the attack\u00e2\u20ac\u009d   happened on   Friday night "
        + "and\u00a0on 3\u00a0March\u00a02024.";
    AnalyzedText analyzed = analyze(text);
    List<TemporalMention> ms = new TemporalTagger().tag(analyzed, ReferenceContext.none());
    assertThat(ms).hasSize(2);
    for (TemporalMention m : ms) {
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
      assertThat(m.date().span()).isEqualTo(m.span());
    }
    assertThat(ms.get(0).span().text()).isEqualTo("Friday night");
    assertThat(ms.get(1).value()).isEqualTo("2024-03-03");
  }

  @Test
  void noStateIsCarriedBetweenDocuments() {
    String first = "On 18 March 2022 a soldier was killed. The same day a bomb exploded.";
    String second = "The same day a bomb exploded.";
    List<DateMention> before = extract(second);
    extract(first);
    assertThat(extract(second)).isEqualTo(before);
    assertThat(before.get(0).date().isResolved()).isFalse();
  }
}
