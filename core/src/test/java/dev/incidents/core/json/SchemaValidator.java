package dev.incidents.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates JSON against the bundled incident-json-v1 schema. Shipped in the core test-jar. */
public final class SchemaValidator {
  /** Classpath location of the schema. */
  public static final String SCHEMA = "/dev/incidents/core/json/incident-json-v1.schema.json";
  private static final JsonSchema SCHEMA_V1 = load();

  private SchemaValidator() {}

  /** The validation messages for {@code json}; empty when valid. */
  public static Set<ValidationMessage> validate(String json) {
    try {
      JsonNode node = IncidentJson.mapper().readTree(json);
      return SCHEMA_V1.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema load() {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
