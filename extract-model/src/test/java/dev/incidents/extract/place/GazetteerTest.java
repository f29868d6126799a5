package dev.incidents.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.PlaceType;
import dev.incidents.core.spi.ExtractorRegistry;
import dev.incidents.core.spi.PlaceExtractor;
import dev.incidents.core.spi.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.bundled();

  @Test
  void loadsOncePerJvmWithEveryAliasResolved() {
    assertThat(Gazetteer.bundled()).isSameAs(G);
    assertThat(G.size()).isGreaterThan(200_000);
    assertThat(G.unresolvedAliases()).isEmpty();
  }

  @Test
  void lookupIgnoresCaseDiacriticsApostrophesHyphensAndArticle() {
    assertThat(G.lookup("QUETTA")).anyMatch(e -> e.id().equals("geonames:1167528"));
    assertThat(G.lookup("Deir al-Zour")).anyMatch(e -> e.name().equals("Deir ez-Zor") && e.countryCode().equals("SY"));
    assertThat(G.lookup("Dayr az Zawr")).anyMatch(e -> e.countryCode().equals("SY"));
    assertThat(G.lookup("Tillaberi")).anyMatch(e -> e.countryCode().equals("NE"));
    assertThat(G.lookup("Hasakeh")).anyMatch(e -> e.countryCode().equals("SY"));
    assertThat(G.lookup("Kiev")).anyMatch(e -> e.name().equals("Kyiv") && e.type() == PlaceType.CITY);
  }

  @Test
  void resolvesAdminNames() {
    GazetteerEntry quetta = G.lookup("Quetta").stream().filter(e -> e.countryCode().equals("PK")
        && e.type() == PlaceType.CITY).findFirst().orElseThrow();
    assertThat(quetta.admin1()).isEqualTo("Balochistan");
    assertThat(quetta.admin2()).isEqualTo("Quetta District");
  }

  @Test
  void reviewedAliasesFindTheirUnits() {
    assertThat(G.lookup("Bolan")).anyMatch(e -> e.name().equals("Kachhi District"));
    assertThat(G.lookup("Noshki")).anyMatch(e -> e.name().equals("Nushki District"));
    assertThat(G.lookup("Kech")).anyMatch(e -> e.name().equals("Kech District") && e.admin1().equals("Balochistan"));
    assertThat(G.lookup("Baluchistan")).anyMatch(e -> e.name().equals("Balochistan"));
    assertThat(G.lookup("KPK")).anyMatch(e -> e.name().equals("Khyber Pakhtunkhwa"));
    assertThat(G.lookup("FATA")).anyMatch(e -> e.admin1().equals("Khyber Pakhtunkhwa"));
    assertThat(G.lookup("Hub")).anyMatch(e -> e.countryCode().equals("PK") && "Lasbela District".equals(e.admin2()));
  }

  @Test
  void usersAddTheirOwnEntries() {
    GazetteerEntry camp = new GazetteerEntry("my:1", "Camp Seven", List.of("C7"), PlaceType.TOWN, null, "PK",
        "Balochistan", "Kech District", 26.0, 63.0, 0);
    Gazetteer plus = G.plus(List.of(camp));
    assertThat(plus.lookup("camp seven")).containsExactly(camp);
    assertThat(plus.lookup("C7")).containsExactly(camp);
    assertThat(G.lookup("camp seven")).isEmpty();
    Gazetteer own = Gazetteer.of(List.of(camp));
    assertThat(own.size()).isEqualTo(1);
    Gazetteer aliased = Gazetteer.builder().withEntry(camp)
        .withAlias("Kamp 7", "PK", PlaceType.TOWN, "Camp Seven").build();
    assertThat(aliased.lookup("Kamp 7")).hasSize(1);
  }

  @Test
  void failsFastOnMisuse() {
    assertThatThrownBy(() -> Gazetteer.builder().withBundledData().withBundledData())
        .hasMessageContaining("already");
    assertThatThrownBy(() -> Gazetteer.builder().withAlias("X", "PK", PlaceType.DISTRICT, "Nowhere").build())
        .hasMessageContaining("Nowhere");
  }

  @Test
  void providerIsRegisteredAndTakesTheGazetteerFromResources() {
    var provider = ExtractorRegistry.load().provider(PlaceExtractor.class, GazetteerPlaceExtractor.NAME);
    Gazetteer own = Gazetteer.of(List.of(new GazetteerEntry(null, "Camp Seven", List.of(), PlaceType.TOWN, null,
        "PK", null, null, 26.0, 63.0, 0)));
    PlaceExtractor extractor = provider.create(new Resources().put(Gazetteer.class, own));
    assertThat(extractor.name()).isEqualTo("gazetteer");
    assertThat(extractor.extract(PlaceTexts.analyze(PlaceTexts.TOKENS, "Shots were fired in Quetta and Camp Seven.")))
        .extracting(m -> m.place().name()).containsExactly("Camp Seven");
  }

  @Test
  void knowsWhichWordsBeginALongerName() {
    GazetteerEntry dera = new GazetteerEntry(null, "Dera Ismail Khan", List.of("D.I. Khan"), PlaceType.TOWN, null,
        "PK", null, null, 31.8, 70.9, 0);
    Gazetteer own = Gazetteer.of(List.of(dera));
    assertThat(own.mayBeginLongerName(Names.firstWordHash("Dera", 0, 4))).isTrue();
    assertThat(own.mayBeginLongerName(Names.firstWordHash("D.I.", 0, 4))).isTrue();
    assertThat(own.mayBeginLongerName(Names.firstWordHash("Ismail", 0, 6))).isFalse();
    assertThat(own.mayBeginLongerName(Names.firstWordHash("Khan", 0, 4))).isFalse();
    assertThat(G.plus(List.of(dera)).mayBeginLongerName(Names.firstWordHash("Dera", 0, 4))).isTrue();
    // every bundled name of two words or more: its first word says so
    for (String name : List.of("Dera Ghazi Khan", "Deir al-Zour", "Khyber Pakhtunkhwa", "Burkina Faso")) {
      assertThat(G.lookup(name)).as(name).isNotEmpty();
      String word = name.substring(0, name.indexOf(' '));
      assertThat(G.mayBeginLongerName(Names.firstWordHash(name, 0, word.length()))).as(name).isTrue();
    }
  }

  @Test
  void findsLongerNamesAndDemonymsAsBefore() {
    GazetteerEntry dera = new GazetteerEntry(null, "Dera Ismail Khan", List.of(), PlaceType.TOWN, null,
        "PK", null, null, 31.8, 70.9, 0);
    GazetteerEntry ismail = new GazetteerEntry(null, "Ismail", List.of(), PlaceType.TOWN, null,
        "PK", null, null, 30.0, 70.0, 0);
    var provider = ExtractorRegistry.load().provider(PlaceExtractor.class, GazetteerPlaceExtractor.NAME);
    PlaceExtractor extractor = provider.create(new Resources().put(Gazetteer.class, Gazetteer.of(List.of(dera, ismail))));
    assertThat(extractor.extract(PlaceTexts.analyze(PlaceTexts.TOKENS, "Shots were fired in Dera Ismail Khan.")))
        .extracting(m -> m.place().name()).containsExactly("Dera Ismail Khan");
    assertThat(extractor.extract(PlaceTexts.analyze(PlaceTexts.TOKENS, "Shots were fired in Ismail.")))
        .extracting(m -> m.place().name()).containsExactly("Ismail");
    assertThat(PlaceWords.get().mayBeginLongerDemonym(Names.firstWordHash("Central African", 0, 7))).isTrue();
  }
}
