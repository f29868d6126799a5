package dev.incidents.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads one line of batch input: an object with {@code id} and {@code text}, optionally
 * {@code publishedDate} (ISO date or null). Other fields are ignored.
 */
public final class JsonlArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlArticles() {}

  /** What a line gave: an article, or the id to report (id or {@code line-N}) and why it failed. */
  public record Parsed(Article article, String id, String error) {
    /**
     * Whether the line gave an article.
     *
     * @return true when it did
     */
    public boolean ok() {
      return article != null;
    }
  }

  /** The id used for a line whose own id cannot be read. */
  static String lineId(long lineNumber) {
    return "line-" + lineNumber;
  }

  static Parsed parse(String line, long lineNumber, LocalDate defaultPublished) {
    return parse(line, lineId(lineNumber), defaultPublished);
  }

  /**
   * Parses one line; {@code fallbackId} names the failure when the line has no readable id, and
   * {@code defaultPublished} (or null) is the date of a line that gives none.
   *
   * @param line the JSON line
   * @param fallbackId the id to report when the line has none
   * @param defaultPublished the publication date of a line that gives none, or null
   * @return the article, or the id and the error
   */
  public static Parsed parse(String line, String fallbackId, LocalDate defaultPublished) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return failed(fallbackId, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return failed(fallbackId, "expected a JSON object with id and text");
    }
    JsonNode idNode = node.get("id");
    String id = idNode != null && (idNode.isTextual() || idNode.isIntegralNumber()) ? idNode.asText().strip() : "";
    if (id.isEmpty()) {
      return failed(fallbackId, "missing or empty \"id\"");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual()) {
      return failed(id, "missing \"text\" (a string)");
    }
    LocalDate published = defaultPublished;
    JsonNode dateNode = node.get("publishedDate");
    if (dateNode != null && !dateNode.isNull()) {
      if (!dateNode.isTextual()) {
        return failed(id, "\"publishedDate\" must be a YYYY-MM-DD string");
      }
      try {
        published = LocalDate.parse(dateNode.asText().strip());
      } catch (DateTimeParseException e) {
        return failed(id, "bad \"publishedDate\" '" + dateNode.asText() + "', expected YYYY-MM-DD");
      }
    }
    Article article = Article.of(textNode.asText()).withId(id).publishedOn(published);
    return new Parsed(article, id, null);
  }

  private static Parsed failed(String id, String error) {
    return new Parsed(null, id, error);
  }
}
