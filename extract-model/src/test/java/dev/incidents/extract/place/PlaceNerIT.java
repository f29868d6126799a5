package dev.incidents.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.PlaceType;
import dev.incidents.core.spi.PlaceMention;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With the NER model: LOCATION mentions add evidence, and PERSON on "Bolan" does not lose the district. */
class PlaceNerIT {
  private static final CoreNlpAnalyzer FAST = new CoreNlpAnalyzer(AnalyzerProfile.FAST);

  @Test
  void bolanStaysADistrictThoughTaggedPerson() {
    List<PlaceMention> m = PlaceExtractorsUnderTest.extract(FAST,
        "Twelve soldiers were killed in the Shorkand area of Mach, Bolan, in Pakistan's Balochistan province. "
            + "The Baloch Liberation Army claimed the attack.");
    assertThat(m).anyMatch(x -> x.place().type() == PlaceType.DISTRICT && x.place().name().equals("Kachhi District"));
    assertThat(m).anyMatch(x -> x.place().type() == PlaceType.AREA && "Shorkand".equals(x.place().site()));
    assertThat(m).noneMatch(x -> x.place().text().contains("Baloch Liberation"));
  }
}
