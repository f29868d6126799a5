package dev.incidents.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Place;
import dev.incidents.core.spi.PlaceMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A first-level unit the text names is reported as the text spells it; otherwise as the gazetteer does. */
class PlaceAdmin1SpellingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rebels burned houses in Kalembe (Beni, Nord-Kivu).|Kalembe|Nord-Kivu",
      "Gunmen attacked Tchakara, Extreme-North, Cameroon.|Tchakara|Extreme-North",
      "A grenade exploded in Garas Weyne village (Jowhar, Middle Shabelle).|Garas Weyne|Middle Shabelle",
      "A motorist was arrested in Nyali (Nyali, Mombasa county).|Nyali|Mombasa",
      "A bomb exploded near a market in Baku, Azerbaijan.|Baku|Baku",
      "Russian missiles hit Kyiv, Ukraine.|Kyiv|Kyiv City",
      "Fighting was reported in Beni, North Kivu.|Beni|North Kivu"})
  void reportsTheTextsSpelling(String sentence, String place, String admin1) {
    Place top = PlaceTexts.top(PlaceTexts.places(sentence)).map(PlaceMention::place).orElseThrow();
    assertThat(top.name()).isEqualTo(place);
    assertThat(top.admin1()).isEqualTo(admin1);
  }
}
