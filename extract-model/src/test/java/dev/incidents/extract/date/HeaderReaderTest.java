package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.Dateline;
import dev.incidents.core.model.ReferenceContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {
  private final HeaderReader reader = new HeaderReader();

  @Test
  void headerLineWithSurroundingSpacesIsThePublicationDate() {
    String text = " date 2025-07-20 \n\n\n\nOn July 19, 2025, an officer was killed.";
    HeaderReader.Header h = reader.read(text);
    assertThat(h.publishedDate()).isEqualTo(LocalDate.of(2025, 7, 20));
    assertThat(h.dateline()).isNull();
    assertThat(h.eventDate()).isNull();
    assertThat(h.span().text()).isEqualTo("date 2025-07-20");
    assertThat(text.substring(h.span().start(), h.span().end())).isEqualTo("date 2025-07-20");
    assertThat(h.context().anchor()).isEqualTo(LocalDate.of(2025, 7, 20));
    assertThat(h.context().anchorKind()).isEqualTo(DateResolution.RELATIVE_TO_PUBLICATION);
  }

  @Test
  void datelineGivesPlaceDateAndPublicationDate() {
    String text = "Kalat, Balochistan \u2013 February 26, 2025 \u2013 Militants seized a highway in the district.";
    HeaderReader.Header h = reader.read(text);
    assertThat(h.dateline()).isEqualTo(new Dateline("Kalat, Balochistan", LocalDate.of(2025, 2, 26)));
    assertThat(h.publishedDate()).isEqualTo(LocalDate.of(2025, 2, 26));
    assertThat(h.span().text()).isEqualTo("Kalat, Balochistan \u2013 February 26, 2025 \u2013");
    assertThat(h.context().anchorKind()).isEqualTo(DateResolution.RELATIVE_TO_DATELINE);
  }

  @Test
  void dayMonthYearDatelineWithHyphens() {
    HeaderReader.Header h = reader.read("Quetta - 3 March 2024 - Two policemen were shot dead.");
    assertThat(h.dateline()).isEqualTo(new Dateline("Quetta", LocalDate.of(2024, 3, 3)));
  }

  @Test
  void wireDatelineWithTwoDigitYear() {
    String text = "Valparaiso, 4 Sep 89 (Regional Radio) -- [Text] A bomb damaged a bank branch.";
    HeaderReader.Header h = reader.read(text);
    assertThat(h.dateline()).isEqualTo(new Dateline("Valparaiso", LocalDate.of(1989, 9, 4)));
    assertThat(h.publishedDate()).isEqualTo(LocalDate.of(1989, 9, 4));
    assertThat(h.span().text()).isEqualTo("Valparaiso, 4 Sep 89 (Regional Radio) --");
  }

  @Test
  void wireDatelineWithCountryInParentheses() {
    HeaderReader.Header h = reader.read("Tegucigalpa (Honduras), 2 Dec 88 (Radio America) -- [Text] Troops ...");
    assertThat(h.dateline().place()).isEqualTo("Tegucigalpa (Honduras)");
    assertThat(h.dateline().date()).isEqualTo(LocalDate.of(1988, 12, 2));
  }

  @Test
  void gtdPrefixIsTheEventDateNotAPublicationDate() {
    String text = "03/14/2017: Assailants attacked a police post in the town.";
    HeaderReader.Header h = reader.read(text);
    assertThat(h.publishedDate()).isNull();
    assertThat(h.dateline()).isNull();
    assertThat(h.eventDate().start()).isEqualTo(LocalDate.of(2017, 3, 14));
    assertThat(h.eventDate().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(h.eventDate().resolvedFrom()).isEqualTo(DateResolution.EXPLICIT);
    assertThat(h.eventDate().span().text()).isEqualTo("03/14/2017");
    assertThat(h.context()).isEqualTo(ReferenceContext.none());
  }

  @Test
  void gtdPrefixWithUnknownDayIsAMonth() {
    HeaderReader.Header h = reader.read("06/00/2016: Sometime in June, assailants burned a school.");
    assertThat(h.eventDate().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(h.eventDate().start()).isEqualTo(LocalDate.of(2016, 6, 1));
    assertThat(h.eventDate().end()).isEqualTo(LocalDate.of(2016, 6, 30));
  }

  @Test
  void headerLineAndDatelineTogether() {
    HeaderReader.Header h = reader.read("date 2025-03-02\nPasni, Balochistan \u2013 March 1, 2025 \u2013 Gunmen ...");
    assertThat(h.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(h.dateline().date()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(h.context().anchor()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void ordinaryFirstSentencesAreNoHeader() {
    assertThat(reader.read("A series of coordinated attacks on Saturday killed ten.")).isEqualTo(HeaderReader.Header.none());
    assertThat(reader.read("On 18 March 2022, in Porto Velho, a man was killed.")).isEqualTo(HeaderReader.Header.none());
    assertThat(reader.read("")).isEqualTo(HeaderReader.Header.none());
    assertThat(reader.read("In a major escalation, 14 soldiers were killed - officials said on 3 May 2025 - in two attacks."))
        .isEqualTo(HeaderReader.Header.none());
  }

  @Test
  void invalidDatesAreNoHeader() {
    assertThat(reader.read("date 2025-02-30\nText.").publishedDate()).isNull();
    assertThat(reader.read("13/45/2017: Assailants attacked.").eventDate()).isNull();
  }
}
