package dev.incidents.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Place;
import dev.incidents.core.spi.PlaceMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The positive and negative place corpora of the test resources, without NER. */
class PlaceCorpusTest {

  static Stream<Arguments> positives() throws IOException {
    return rows("place-corpus.tsv").stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3]));
  }

  static Stream<Arguments> negatives() throws IOException {
    return rows("place-negatives.tsv").stream().map(c -> Arguments.of(c[0], c[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void resolvesToItsProvince(String sentence, String place, String admin1, String country) {
    List<PlaceMention> mentions = PlaceTexts.places(sentence);
    Place top = PlaceTexts.top(mentions).map(PlaceMention::place).orElse(null);
    assertThat(top).as("places of %s: %s", sentence, mentions).isNotNull();
    assertThat(top.countryCode()).as("country of %s", top).isEqualTo(country);
    assertThat(names(top)).as("names of %s", top).contains(PlaceDevSetEvaluationTest.norm(place));
    assertThat(admin1Names(top)).as("admin1 of %s", top).contains(PlaceDevSetEvaluationTest.norm(admin1));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("negatives")
  void findsNoPlaceIn(String sentence, String words) {
    assertThat(PlaceTexts.places(sentence)).noneMatch(m -> m.place().text().contains(words));
  }

  private static Set<String> names(Place p) {
    Set<String> out = new HashSet<>();
    out.add(PlaceDevSetEvaluationTest.norm(p.name()));
    out.add(PlaceDevSetEvaluationTest.norm(p.text()));
    for (GazetteerEntry e : Gazetteer.bundled().lookup(p.name())) {
      e.alternateNames().forEach(a -> out.add(PlaceDevSetEvaluationTest.norm(a)));
    }
    return out;
  }

  private static Set<String> admin1Names(Place p) {
    Set<String> out = new HashSet<>();
    if (p.admin1() == null) {
      return out;
    }
    out.add(PlaceDevSetEvaluationTest.norm(p.admin1()));
    for (GazetteerEntry e : Gazetteer.bundled().lookup(p.admin1())) {
      if (e.countryCode().equals(p.countryCode())) {
        // admin1 is reported as the text spells it: any name of the same unit will do
        out.add(PlaceDevSetEvaluationTest.norm(e.name()));
        e.alternateNames().forEach(a -> out.add(PlaceDevSetEvaluationTest.norm(a)));
      }
    }
    return out;
  }

  static List<String[]> rows(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        PlaceCorpusTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    }
    return out;
  }
}
