package dev.incidents.examples.eval;

import static dev.incidents.examples.Fixtures.day;
import static dev.incidents.examples.Fixtures.injured;
import static dev.incidents.examples.Fixtures.killed;
import static dev.incidents.examples.Fixtures.perpetrator;
import static dev.incidents.examples.Fixtures.place;
import static dev.incidents.examples.Fixtures.result;
import static dev.incidents.examples.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.PlaceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made gold lines about made-up places and groups, scored against hand-made results. */
class ScorerTest {
  private final Scorer scorer = new Scorer();

  private static GoldRecord gold(String fields) {
    return GoldRecord.parse("{\"id\":\"t1\",\"slice\":\"made-up\",\"text\":\"x\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
  }

  private FieldScore only(Field field, GoldRecord gold, ExtractionResult result) {
    List<FieldScore> scores = scorer.score(gold, result).stream().filter(s -> s.field() == field).toList();
    assertThat(scores).hasSize(1);
    return scores.get(0);
  }

  private boolean correct(Field field, String goldFields, Incident... incidents) {
    return only(field, gold(goldFields), result("t1", incidents)).correct();
  }

  @Test
  void onlyCodedFieldsAreScored() {
    assertThat(scorer.score(gold(""), result("t1"))).isEmpty();
    assertThat(scorer.score(gold("\"date\":\"2031-01-01\",\"date_precision\":\"month\""), result("t1"))).isEmpty();
    assertThat(scorer.score(gold("\"perpetrator\":\"Unidentified Armed Group (Freedonia)\""), result("t1"))).isEmpty();
    assertThat(scorer.score(gold("\"perpetrator\":\"Unknown\""), result("t1"))).isEmpty();
    assertThat(scorer.score(gold("\"killed\":0,\"injured\":2"), result("t1"))).extracting(FieldScore::field)
        .containsExactly(Field.KILLED, Field.INJURED);
  }

  @Test
  void dateIsTheFirstCurrentIncidentsStart() {
    String g = "\"date\":\"2031-03-04\",\"date_precision\":\"day\"";
    Incident right = Incident.builder("t1#1").date(day("2031-03-04")).build();
    Incident wrong = Incident.builder("t1#2").date(day("2031-03-05")).build();
    Incident oldRight = Incident.builder("t1#3").date(day("2031-03-04")).historical(true).build();
    assertThat(correct(Field.DATE, g, right, wrong)).isTrue();
    assertThat(correct(Field.DATE, g, wrong, right)).isFalse();
    assertThat(correct(Field.DATE, g, oldRight, wrong)).isFalse();
    assertThat(correct(Field.DATE, g, Incident.builder("t1#1").build())).isFalse();
    FieldScore none = only(Field.DATE, gold(g), result("t1"));
    assertThat(none.correct()).isFalse();
    assertThat(none.got()).isEqualTo("no current incident");
  }

  @Test
  void admin1IgnoresCaseDiacriticsSuffixesAndHyphens() {
    Incident i = Incident.builder("t1#1")
        .addLocation(place("Stonebridge", PlaceType.TOWN, null, "Vál-Morena Governorate")).build();
    assertThat(correct(Field.ADMIN1, "\"admin1\":\"Val Morena\"", i)).isTrue();
    assertThat(correct(Field.ADMIN1, "\"admin1\":\"VALMORENA\"", i)).isTrue();
    assertThat(correct(Field.ADMIN1, "\"admin1\":\"Val Morena Province\"", i)).isTrue();
    assertThat(correct(Field.ADMIN1, "\"admin1\":\"Val Moreno\"", i)).isFalse();
    Incident state = Incident.builder("t1#1").addLocation(place("Ketu", PlaceType.CITY, null, "State of Orrin")).build();
    assertThat(correct(Field.ADMIN1, "\"admin1\":\"Orrin State\"", state)).isTrue();
    // only the first current incident counts
    Incident other = Incident.builder("t1#0").addLocation(place("Elsewhere", PlaceType.TOWN, null, "Dunmark")).build();
    assertThat(correct(Field.ADMIN1, "\"admin1\":\"Val Morena\"", other, i)).isFalse();
  }

  @Test
  void locationMatchesNameTextSiteOrAdmin2AndContainment() {
    Incident i = Incident.builder("t1#1")
        .addLocation(place("Port Aurel", PlaceType.CITY, "Aurel District", "Coastland")).build();
    assertThat(correct(Field.LOCATION, "\"city_or_location\":\"PORT AUREL\"", i)).isTrue();
    assertThat(correct(Field.LOCATION, "\"city_or_location\":\"Port-Aurel - Harbour Ward\"", i)).isTrue();
    assertThat(correct(Field.LOCATION, "\"city_or_location\":\"Aurel District\"", i)).isTrue();
    assertThat(correct(Field.LOCATION, "\"city_or_location\":\"Coastland\"", i)).isFalse();
    Incident shortName = Incident.builder("t1#1").addLocation(place("Ub", PlaceType.TOWN, null, null)).build();
    assertThat(correct(Field.LOCATION, "\"city_or_location\":\"Ubbergen\"", shortName)).isFalse();
    assertThat(correct(Field.LOCATION, "\"city_or_location\":\"UB\"", shortName)).isTrue();
    Incident historical = Incident.builder("t1#1").historical(true)
        .addLocation(place("Port Aurel", PlaceType.CITY, null, null)).build();
    assertThat(correct(Field.LOCATION, "\"city_or_location\":\"Port Aurel\"", historical)).isFalse();
  }

  @Test
  void killedAndInjuredSumBestOverCurrentIncidents() {
    Incident a = Incident.builder("t1#1").addTotal(killed(2)).addTotal(injured(1)).build();
    Incident b = Incident.builder("t1#2").addTotal(killed(3)).build();
    Incident old = Incident.builder("t1#3").addTotal(killed(40)).historical(true).build();
    assertThat(correct(Field.KILLED, "\"killed\":5", a, b, old)).isTrue();
    assertThat(correct(Field.KILLED, "\"killed\":45", a, b, old)).isFalse();
    assertThat(correct(Field.INJURED, "\"injured\":1", a, b)).isTrue();
    assertThat(correct(Field.INJURED, "\"injured\":0", b)).isTrue();
    assertThat(only(Field.KILLED, gold("\"killed\":0"), result("t1")).correct()).isTrue();
    assertThat(only(Field.KILLED, gold("\"killed\":1"), result("t1")).got()).isEqualTo("0");
  }

  @Test
  void perpetratorMatchesByTokensAcronymsAndAliases() {
    Incident front = Incident.builder("t1#1")
        .addActor(perpetrator("Grey Hills Liberation Front", "GHLF"))
        .addActor(target("Coastal Guard")).build();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"Grey Hills Liberation Front (GHLF)\"", front)).isTrue();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"GHLF\"", front)).isTrue();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"GHLF: Liberation Front of the Grey Hills\"", front)).isTrue();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"Liberation Front\"", front)).isTrue();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"Coastal Guard\"", front)).isFalse();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"Red Hills Army (RHA)\"", front)).isFalse();
    Incident acronymOnly = Incident.builder("t1#1").addActor(perpetrator("TKQ")).build();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"Tehrik-i-Kalam Qadim (TKQ)\"", acronymOnly)).isTrue();
    Incident diacritics = Incident.builder("t1#1").addActor(perpetrator("Ansar al-Sahra")).build();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"Ansâr al Sahra (Freedonia)\"", diacritics)).isTrue();
    assertThat(scorer.score(gold("\"perpetrator\":\"Unidentified Gang and/or Ansar al Sahra\""), result("t1", diacritics)))
        .as("a gold starting with Unidentified is not scored").isEmpty();
    assertThat(correct(Field.PERPETRATOR, "\"perpetrator\":\"Hill Militia and/or Ansar al Sahra\"", diacritics)).isTrue();
  }

  @Test
  void malformedGoldLinesFail() {
    assertThatThrownBy(() -> GoldRecord.parse("{nope")).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> GoldRecord.parse("{\"text\":\"a\"}")).hasMessageContaining("without id");
    assertThatThrownBy(() -> GoldRecord.parse("{\"id\":\"a\",\"text\":\"a\",\"killed\":\"many\"}"))
        .hasMessageContaining("killed");
  }
}
