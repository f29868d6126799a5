package dev.incidents.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentJsonTest {
  private final ExtractionResult result = Fixtures.result();

  @Test
  void roundTripsEveryField() {
    String json = IncidentJson.toPrettyJson(result);
    assertThat(IncidentJson.readResult(json)).isEqualTo(result);
    assertThat(IncidentJson.readResult(IncidentJson.toCompactJson(result))).isEqualTo(result);
  }

  @Test
  void writesTheFieldNamesOfTheContract() throws Exception {
    JsonNode root = IncidentJson.mapper().readTree(IncidentJson.toCompactJson(result));
    assertThat(names(root)).containsExactly("aggregates", "document", "error", "incidents", "schemaVersion", "warnings");
    assertThat(names(root.get("document"))).containsExactly("dateline", "id", "publishedDate", "title");
    JsonNode inc = root.get("incidents").get(0);
    assertThat(names(inc)).containsExactly("actors", "campaign", "casualties", "claims", "date", "eventType",
        "evidence", "historical", "id", "locations", "subEventType", "totals", "weapons");
    assertThat(names(inc.get("date"))).containsExactly("end", "precision", "resolvedFrom", "span", "start", "text",
        "timeOfDay", "weekday");
    assertThat(names(inc.get("locations").get(0))).containsExactly("admin1", "admin2", "countryCode", "gazetteerId",
        "lat", "lon", "name", "site", "span", "text", "type");
    assertThat(names(inc.get("casualties").get(0))).containsExactly("max", "min", "named", "outcome", "qualifier",
        "source", "span", "victimGroup", "victimText");
    assertThat(names(inc.get("casualties").get(0).get("source"))).containsExactly("name", "type");
    assertThat(names(inc.get("actors").get(0))).containsExactly("aliases", "name", "role", "span", "type", "unit");
    assertThat(names(inc.get("claims").get(0))).containsExactly("claimant", "span", "target", "text", "type",
        "verified");
    assertThat(names(inc.get("totals").get(0))).containsExactly("best", "high", "low", "outcome");
    assertThat(names(root.get("aggregates").get(0))).containsExactly("incidentIds", "max", "min", "outcome",
        "qualifier", "source", "span", "text", "victimGroup");
    assertThat(names(inc.get("evidence").get(0))).containsExactly("end", "start", "text");
  }

  @Test
  void writesEnumsDatesAndNullsAsTheContractSpellsThem() throws Exception {
    JsonNode inc = IncidentJson.mapper().readTree(IncidentJson.toCompactJson(result)).get("incidents").get(0);
    assertThat(inc.get("eventType").asText()).isEqualTo("EXPLOSION_REMOTE_VIOLENCE");
    assertThat(inc.get("subEventType").asText()).isEqualTo("REMOTE_EXPLOSIVE_IED");
    assertThat(inc.get("date").get("start").asText()).isEqualTo("2025-07-19");
    assertThat(inc.get("date").get("weekday").asText()).isEqualTo("SATURDAY");
    assertThat(inc.get("date").get("resolvedFrom").asText()).isEqualTo("RELATIVE_TO_PUBLICATION");
    assertThat(inc.get("casualties").get(0).get("source").get("type").asText()).isEqualTo("POLICE");
    assertThat(inc.get("actors").get(0).get("unit").isNull()).isTrue();
    assertThat(inc.get("claims").get(0).get("verified").isNull()).isTrue();
  }

  @Test
  void prettyJsonIsCanonical() {
    String json = IncidentJson.toPrettyJson(result);
    assertThat(json).endsWith("}\n").doesNotContain("\r").contains("\n  \"aggregates\": [");
    assertThat(IncidentJson.toPrettyJson(IncidentJson.readResult(json))).isEqualTo(json);
  }

  @Test
  void readsFieldsItDoesNotKnow() {
    String json = IncidentJson.toCompactJson(result).replaceFirst("\\{", "{\"addedLater\":42,");
    assertThat(IncidentJson.readResult(json)).isEqualTo(result);
  }

  @Test
  void validatesAgainstTheSchema() {
    assertThat(SchemaValidator.validate(IncidentJson.toPrettyJson(result))).isEmpty();
    assertThat(SchemaValidator.validate(IncidentJson.toPrettyJson(ExtractionResult.failure("x", "bad")))).isEmpty();
    String broken = IncidentJson.toCompactJson(result).replace("\"KILLED\"", "\"DEAD\"");
    assertThat(SchemaValidator.validate(broken)).isNotEmpty();
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
