package dev.incidents.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.spi.PlaceMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The place facts of the seed articles, on sentences written after them, without NER. */
class PlaceSeedsTest {

  @Test
  void siteInQuettaKeepsItsWordsAndTheCitysUnits() {
    List<PlaceMention> m = PlaceTexts.places(
        "An officer of the Pakistan Army was killed in a bomb blast in Quetta. It occurred near Quetta's Jinnah Road area.");
    Place site = m.stream().map(PlaceMention::place).filter(p -> p.type() == PlaceType.SITE).findFirst().orElseThrow();
    assertThat(site.name()).isEqualTo("Quetta");
    assertThat(site.site()).isEqualTo("Jinnah Road");
    assertThat(site.admin2()).isEqualTo("Quetta District");
    assertThat(site.admin1()).isEqualTo("Balochistan");
    assertThat(site.countryCode()).isEqualTo("PK");
    assertThat(site.lat()).isNotNull();
    assertThat(m).noneMatch(x -> x.place().text().equals("Pakistan"));
  }

  @Test
  void areasOfPlacesAndDistricts() {
    List<Place> p = PlaceTexts.places("Soldiers were killed in the Bolan and Kech districts. The first attack was "
        + "in the Shorkand area of Mach, Bolan. Another struck the Kulag Tigran area of Kech district.")
        .stream().map(PlaceMention::place).toList();
    assertThat(p).anyMatch(x -> x.type() == PlaceType.AREA && x.name().equals("Mach") && x.site().equals("Shorkand")
        && "Kachhi District".equals(x.admin2()));
    assertThat(p).anyMatch(x -> x.type() == PlaceType.AREA && x.site().equals("Kulag Tigran")
        && x.name().equals("Kech District"));
    assertThat(p).anyMatch(x -> x.type() == PlaceType.DISTRICT && x.text().equals("Bolan"));
    assertThat(p).noneMatch(x -> x.countryCode() != null && !x.countryCode().equals("PK"));
  }

  @Test
  void highwayInAnAreaOfKalat() {
    List<Place> p = PlaceTexts.places("Kalat, Balochistan - The Balochistan Liberation Army blocked the "
        + "Quetta-Karachi National Highway in the Mangochar area of Kalat.").stream().map(PlaceMention::place).toList();
    assertThat(p).anyMatch(x -> x.type() == PlaceType.SITE && x.site().equals("Quetta-Karachi National Highway")
        && x.admin1().equals("Balochistan"));
    assertThat(p).anyMatch(x -> x.type() == PlaceType.AREA && x.site().equals("Mangochar") && x.name().equals("Kalat"));
    assertThat(p).noneMatch(x -> x.text().equals("Balochistan Liberation Army") || x.text().equals("Karachi"));
  }

  @Test
  void districtsOfOperationHerof() {
    List<Place> p = PlaceTexts.places("The group struck five districts of Pakistan's Balochistan province: "
        + "Quetta, Pasni, Mastung, Nushki, and Gwadar. A critical situation developed in Noshki district. "
        + "The BLA calls it Operation Herof.").stream().map(PlaceMention::place).toList();
    for (String name : List.of("Quetta", "Pasni", "Mastung", "Nushki", "Gwadar")) {
      assertThat(p).as(name).anyMatch(x -> x.text().equals(name) && "Balochistan".equals(x.admin1()));
    }
    assertThat(p).anyMatch(x -> x.text().equals("Noshki district") && x.type() == PlaceType.DISTRICT
        && x.name().equals("Nushki District"));
    assertThat(p).anyMatch(x -> x.text().equals("Balochistan province") && x.type() == PlaceType.PROVINCE);
    assertThat(p).noneMatch(x -> x.text().contains("Herof"));
  }

  @Test
  void spansPointIntoTheCallersText() {
    String text = "Pakistan\u2019s military said militants attacked Turbat  and   Hub.";
    for (PlaceMention m : PlaceTexts.places(text)) {
      var s = m.place().span();
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(m.confidence()).isBetween(0.0, 1.0);
    }
    assertThat(PlaceTexts.places(text)).extracting(m -> m.place().name()).contains("Turbat", "Hub");
  }
}
