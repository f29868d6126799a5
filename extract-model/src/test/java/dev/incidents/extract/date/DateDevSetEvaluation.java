package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.ReferenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures event-date accuracy on a JSON-lines evaluation set (fields {@code id}, {@code text},
 * {@code date}, {@code date_precision}). Runs only on demand:
 * {@code mvn -o test -pl extract-model -am -Dtest=DateDevSetEvaluation -Ddates.eval=/path/dev.jsonl}.
 *
 * <p>For every record of day precision, the predicted date is the first resolved, day-precise,
 * non-background event mention; "with fallback" uses the document's anchor (dateline or
 * publication date) when the text gives no such mention.
 */
@EnabledIfSystemProperty(named = "dates.eval", matches = ".+")
class DateDevSetEvaluation {

  @Test
  void report() throws IOException {
    Path path = Path.of(System.getProperty("dates.eval"));
    if (!Files.isRegularFile(path)) {
      System.out.println("dates.eval: no file at " + path + ", skipped");
      return;
    }
    ObjectMapper json = new ObjectMapper();
    TemporalTagger tagger = new TemporalTagger();
    HeaderReader headers = new HeaderReader();
    int total = 0;
    int strict = 0;
    int withFallback = 0;
    Map<String, int[]> bySlice = new TreeMap<>();
    for (String line : Files.readAllLines(path)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      if (!"day".equals(r.path("date_precision").asText())) {
        continue;
      }
      String text = r.path("text").asText();
      LocalDate gold = LocalDate.parse(r.path("date").asText());
      HeaderReader.Header header = headers.read(text);
      ReferenceContext context = header.context();
      List<TemporalMention> mentions = tagger.tag(text, context);
      LocalDate predicted = mentions.stream()
          .filter(m -> !m.background() && m.type() == TemporalType.DATE && m.date().isResolved()
              && m.date().precision() == DatePrecision.DAY
              && m.role() != MentionRole.DOCUMENT_DATE && m.role() != MentionRole.REPORTING)
          .map(m -> m.date().start())
          .findFirst().orElse(null);
      LocalDate fallback = predicted != null ? predicted : context.anchor();
      String slice = r.path("slice").asText("?");
      int[] counts = bySlice.computeIfAbsent(slice, k -> new int[3]);
      total++;
      counts[0]++;
      if (gold.equals(predicted)) {
        strict++;
        counts[1]++;
      }
      if (gold.equals(fallback)) {
        withFallback++;
        counts[2]++;
      } else if (Boolean.getBoolean("dates.eval.verbose")) {
        System.out.println("MISS " + r.path("id").asText() + " gold=" + gold + " predicted=" + fallback);
        mentions.forEach(m -> System.out.println("    " + m.span().text().replace('\n', ' ') + " => " + m.value()
            + (m.background() ? " bg" : "") + " " + m.role()));
      }
    }
    System.out.printf("dev set: %d day-precision records; first event date = gold: %.3f (strict), %.3f (with anchor"
        + " fallback)%n", total, strict / (double) total, withFallback / (double) total);
    bySlice.forEach((k, c) -> System.out.printf("  %-22s n=%3d strict=%.3f fallback=%.3f%n", k, c[0],
        c[1] / (double) c[0], c[2] / (double) c[0]));
    assertThat(total).isPositive();
  }
}
