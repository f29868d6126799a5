package dev.incidents.examples.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * JSON Lines to articles: each line an object with {@code id}, {@code text} and optionally {@code
 * publishedDate} (YYYY-MM-DD or null); other fields are ignored. A line that is not such an object
 * goes to {@link #FAILURES} as an error result, with its id when it has one, else {@code
 * unparsed-<hash of the line>} (TextIO gives no line numbers). Blank lines are skipped.
 */
public final class ParseJsonlLines extends PTransform<PCollection<String>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The articles read. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  /** The error results of bad lines. */
  public static final TupleTag<ExtractionResult> FAILURES = new TupleTag<>() {};

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public PCollectionTuple expand(PCollection<String> lines) {
    PCollectionTuple out = lines.apply("ParseJsonl",
        ParDo.of(new ParseFn()).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
    out.get(ARTICLES).setCoder(ArticleCoder.of());
    out.get(FAILURES).setCoder(ExtractionResultCoder.of());
    return out;
  }

  /** A parsed line: the article, or the error result. */
  record Parsed(Article article, ExtractionResult failure) {}

  /** Parses one line; null for a blank line. */
  static Parsed parse(String line) {
    if (line.isBlank()) {
      return null;
    }
    String fallbackId = "unparsed-" + HexFormat.of().toHexDigits(line.hashCode());
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
    LocalDate published = null;
    JsonNode dateNode = node.get("publishedDate");
    if (dateNode != null && !dateNode.isNull()) {
      try {
        published = LocalDate.parse(dateNode.asText().strip());
      } catch (DateTimeParseException e) {
        return failed(id, "bad \"publishedDate\" '" + dateNode.asText() + "', expected YYYY-MM-DD");
      }
    }
    return new Parsed(Article.of(textNode.asText()).withId(id).publishedOn(published), null);
  }

  private static Parsed failed(String id, String error) {
    return new Parsed(null, ExtractionResult.failure(id, error));
  }

  static final class ParseFn extends DoFn<String, Article> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element String line, MultiOutputReceiver out) {
      Parsed parsed = parse(line);
      if (parsed == null) {
        return;
      }
      if (parsed.article() != null) {
        out.get(ARTICLES).output(parsed.article());
      } else {
        out.get(FAILURES).output(parsed.failure());
      }
    }
  }
}
