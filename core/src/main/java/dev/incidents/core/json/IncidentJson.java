package dev.incidents.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.incidents.core.model.ExtractionResult;
import java.io.UncheckedIOException;

/**
 * Reads and writes incident-json-v1. Field names and enum spellings are those of the contract;
 * keys are sorted, so that equal results give byte-identical JSON. Readers ignore fields they do
 * not know, since the contract lets later versions add fields.
 */
public final class IncidentJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .visibility(PropertyAccessor.ALL, Visibility.NONE)
      .visibility(PropertyAccessor.FIELD, Visibility.ANY)
      .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
      .build();

  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private static final ObjectWriter COMPACT = MAPPER.writer();

  private IncidentJson() {}

  /**
   * The configured mapper, for reading or writing any model value.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Canonical pretty JSON: sorted keys, two-space indent, LF line ends, final newline.
   *
   * @param value a model value
   * @return the JSON text
   */
  public static String toPrettyJson(Object value) {
    try {
      return PRETTY.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One-line JSON with sorted keys, for JSON Lines.
   *
   * @param value a model value
   * @return the JSON line, without a line end
   */
  public static String toCompactJson(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a result written by this library (or any incident-json-v1 writer).
   *
   * @param json the JSON text
   * @return the result
   * @throws IllegalArgumentException if it is not valid incident JSON
   */
  public static ExtractionResult readResult(String json) {
    return read(json, ExtractionResult.class);
  }

  /**
   * Reads a model value of the given type.
   *
   * @param <T> the value type
   * @param json the JSON text
   * @param type the value type
   * @return the value
   * @throws IllegalArgumentException if it is not valid incident JSON
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid incident JSON: " + e.getOriginalMessage(), e);
    }
  }
}
