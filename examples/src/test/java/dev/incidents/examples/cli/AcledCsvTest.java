package dev.incidents.examples.cli;

import static dev.incidents.examples.Fixtures.day;
import static dev.incidents.examples.Fixtures.injured;
import static dev.incidents.examples.Fixtures.killed;
import static dev.incidents.examples.Fixtures.perpetrator;
import static dev.incidents.examples.Fixtures.place;
import static dev.incidents.examples.Fixtures.result;
import static dev.incidents.examples.Fixtures.span;
import static dev.incidents.examples.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.EventType;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.model.SubEventType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcledCsvTest {
  @Test
  void quotesCommasQuotesAndLineBreaks() {
    assertThat(AcledCsv.quote("plain")).isEqualTo("plain");
    assertThat(AcledCsv.quote("")).isEqualTo("");
    assertThat(AcledCsv.quote("Quetta, Balochistan")).isEqualTo("\"Quetta, Balochistan\"");
    assertThat(AcledCsv.quote("the \"Herof\" wave")).isEqualTo("\"the \"\"Herof\"\" wave\"");
    assertThat(AcledCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(AcledCsv.quote("cr\rhere")).isEqualTo("\"cr\rhere\"");
    assertThat(AcledCsv.line(List.of("a,b", "c", ""))).isEqualTo("\"a,b\",c,\n");
  }

  @Test
  void oneRowPerIncidentWithAcledSpellingsAndHistoricalFlagged() {
    Incident current = Incident.builder("d#1")
        .type(EventType.EXPLOSION_REMOTE_VIOLENCE, SubEventType.REMOTE_EXPLOSIVE_IED)
        .date(day("2031-04-02"))
        .addLocation(place("Marrowfield", PlaceType.TOWN, "Upper Vale", "North Province"))
        .addActor(target("Border Police"))
        .addActor(perpetrator("Front of the Grey Hills"))
        .addTotal(killed(3))
        .addTotal(injured(5))
        .addEvidence(span("A bomb hit a patrol, \"officials\" said."))
        .build();
    Incident old = Incident.builder("d#2").historical(true).addTotal(killed(12)).build();
    String csv = AcledCsv.header() + AcledCsv.rows(result("d", current, old));
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,"
        + "admin2,location,latitude,longitude,geo_precision,fatalities,notes,source");
    assertThat(lines.get(1)).isEqualTo("2031-04-02,1,Explosions/Remote violence,Remote explosive/landmine/IED,"
        + "Front of the Grey Hills,Border Police,North Province,Upper Vale,Marrowfield,,,1,3,"
        + "\"injured=5; A bomb hit a patrol, \"\"officials\"\" said.\",d");
    assertThat(lines.get(2)).isEqualTo(",,,,,,,,,,,,12,historical background event;,d");
  }

  @Test
  void precisionMappings() {
    assertThat(AcledCsv.timePrecision(DatePrecision.DAY)).isEqualTo("1");
    assertThat(AcledCsv.timePrecision(DatePrecision.WEEK)).isEqualTo("2");
    assertThat(AcledCsv.timePrecision(DatePrecision.MONTH)).isEqualTo("3");
    assertThat(AcledCsv.timePrecision(DatePrecision.YEAR)).isEqualTo("3");
    assertThat(AcledCsv.timePrecision(DatePrecision.UNKNOWN)).isEmpty();
    assertThat(AcledCsv.geoPrecision(PlaceType.SITE)).isEqualTo("1");
    assertThat(AcledCsv.geoPrecision(PlaceType.CITY)).isEqualTo("1");
    assertThat(AcledCsv.geoPrecision(PlaceType.DISTRICT)).isEqualTo("2");
    assertThat(AcledCsv.geoPrecision(PlaceType.PROVINCE)).isEqualTo("3");
    assertThat(AcledCsv.geoPrecision(PlaceType.COUNTRY)).isEqualTo("3");
  }

  @Test
  void aFailedResultHasNoRows() {
    assertThat(AcledCsv.rows(dev.incidents.core.model.ExtractionResult.failure("x", "bad"))).isEmpty();
  }
}
