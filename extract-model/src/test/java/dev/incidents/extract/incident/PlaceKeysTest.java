package dev.incidents.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceKeysTest {
  @Test
  void dropsCaseUnitWordsAndPunctuation() {
    assertThat(PlaceKeys.norm("Kech District")).isEqualTo("kech");
    assertThat(PlaceKeys.norm("Dera Ismail Khan (D.I. Khan) division")).isEqualTo("deraismailkhandikhan");
    assertThat(PlaceKeys.norm("Divisional HQ_2")).isEqualTo("divisionalhq2");
    assertThat(PlaceKeys.norm("Qal‘at Sukkar, Área")).isEqualTo("qalatsukkar");
  }

  /** An ASCII name read word by word gives what the expressions give. */
  @Test
  void readsAsciiNamesAsTheExpressionsDo() {
    String[] pieces = {" ", "  ", "-", "_", ".", ",", "(", ")", "'", "9", "Kech", "kech", "DISTRICT", "District", "district",
        "districts", "province", "Province", "city", "CityArea", "town", "division", "Divisional", "tehsil", "area", "x"};
    Random random = new Random(20261207);
    int dropped = 0;
    for (int round = 0; round < 20_000; round++) {
      String name = RandomTexts.of(random, pieces, 8, 2).toString();
      String expected = PlaceKeys.anyNorm(name);
      assertThat(PlaceKeys.asciiNorm(name)).as(name).isEqualTo(expected);
      dropped += expected.length() < name.replaceAll("[^A-Za-z0-9]", "").length() ? 1 : 0;
    }
    assertThat(dropped).isGreaterThan(5_000);
  }
}
