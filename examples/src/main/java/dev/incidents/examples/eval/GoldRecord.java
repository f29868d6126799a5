package dev.incidents.examples.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One coded record of a gold file (the format of {@code shared/eval/dev.jsonl}). A null field means
 * the source did not code it, never zero. Fields the scorer does not use are not kept.
 *
 * @param id record id
 * @param slice the part of the set it belongs to, {@code "-"} when absent
 * @param text the text to extract from
 * @param date ISO date, or null
 * @param datePrecision "day", "month", ... or null
 * @param admin1 first-level administrative unit, or null
 * @param cityOrLocation city or location, or null
 * @param killed number killed, or null
 * @param injured number injured, or null
 * @param perpetrator the perpetrating group as coded, or null
 */
public record GoldRecord(
    String id,
    String slice,
    String text,
    String date,
    String datePrecision,
    String admin1,
    String cityOrLocation,
    Integer killed,
    Integer injured,
    String perpetrator) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Checks the id and text and turns a missing slice into {@code "-"}.
   *
   * @param id record id
   * @param slice the part of the set it belongs to, {@code "-"} when absent
   * @param text the text to extract from
   * @param date ISO date, or null
   * @param datePrecision "day", "month", ... or null
   * @param admin1 first-level administrative unit, or null
   * @param cityOrLocation city or location, or null
   * @param killed number killed, or null
   * @param injured number injured, or null
   * @param perpetrator the perpetrating group as coded, or null
   */
  public GoldRecord {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("gold record without id");
    }
    if (text == null) {
      throw new IllegalArgumentException("gold record " + id + " without text");
    }
    slice = slice == null || slice.isBlank() ? "-" : slice;
  }

  /**
   * Reads one line of a gold file; fails with a readable message on a malformed line.
   *
   * @param line the JSON line
   * @return the record
   */
  public static GoldRecord parse(String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return new GoldRecord(text(n, "id"), text(n, "slice"), text(n, "text"), text(n, "date"),
        text(n, "date_precision"), text(n, "admin1"), text(n, "city_or_location"),
        integer(n, "killed"), integer(n, "injured"), text(n, "perpetrator"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static Integer integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an integer or null");
    }
    return v.intValue();
  }
}
