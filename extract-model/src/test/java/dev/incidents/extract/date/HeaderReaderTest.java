package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {
  @Test
  void readsEachTextsOwnHeaderWhenTextsAlternate() {
    String a = "Date: 2024-03-05\n\nGunmen killed two people on Monday.";
    String b = "Date: 2023-11-20\n\nA bomb exploded near a market.";
    HeaderReader one = new HeaderReader();
    HeaderReader other = new HeaderReader();
    for (int k = 0; k < 3; k++) {
      assertThat(one.read(a).publishedDate()).isEqualTo(LocalDate.of(2024, 3, 5));
      assertThat(other.read(a).publishedDate()).isEqualTo(LocalDate.of(2024, 3, 5));
      assertThat(one.read(b).publishedDate()).isEqualTo(LocalDate.of(2023, 11, 20));
      assertThat(one.read(new String(a.toCharArray()))).isEqualTo(one.read(a));
      assertThat(other.read("No header here.")).isEqualTo(HeaderReader.Header.none());
    }
  }

  @Test
  void readsTheDateOfEitherDatelineForm() {
    HeaderReader reader = new HeaderReader();
    assertThat(reader.read("QUETTA, Pakistan \u2014 March 4, 2025 \u2014 Gunmen killed two people.").publishedDate())
        .isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(reader.read("QUETTA - 4 March 2025 - Gunmen killed two people.").publishedDate())
        .isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(reader.read("KABUL, 4 Mar 25 (AFP) -- Gunmen killed two people.").publishedDate())
        .isEqualTo(LocalDate.of(2025, 3, 4));
  }

  @Test
  void namedGroupsAreReadFromThePattern() {
    assertThat(HeaderReader.groupNames(java.util.regex.Pattern.compile("(?<a1>x)(?<!y)(?<=z)\\(?<b>w\\)(?<c>v)")))
        .containsExactlyInAnyOrder("a1", "c");
  }
}
