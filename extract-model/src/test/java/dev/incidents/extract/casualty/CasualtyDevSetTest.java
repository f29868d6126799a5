package dev.incidents.extract.casualty;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Total;
import dev.incidents.core.spi.CasualtyMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures killed and injured totals against a coded evaluation file (JSON lines with {@code text},
 * {@code killed}, {@code injured}, {@code slice}). Runs only when {@code -Dcasualty.devset=<path>}
 * is given; prints accuracy per slice and, with {@code -Dcasualty.devset.errors=true}, each miss
 * ({@code -Dcasualty.devset.print=true} prints every record's figures).
 */
class CasualtyDevSetTest {
  @Test
  void measure() throws IOException {
    String path = System.getProperty("casualty.devset");
    assumeTrue(path != null && !path.isBlank(), "set -Dcasualty.devset=<path> to measure");
    boolean showErrors = Boolean.getBoolean("casualty.devset.errors");
    RuleCasualtyExtractor extractor = new RuleCasualtyExtractor();
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> score = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(path))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      String text = r.get("text").asText();
      List<CasualtyMention> mentions = extractor.extract(Analyzed.tokens(text));
      List<Total> totals = CasualtyTotals.compute(mentions);
      String slice = r.path("slice").asText("all");
      if (Boolean.getBoolean("casualty.devset.print")) {
        System.out.println("== " + r.path("id").asText() + " totals " + totals);
        for (CasualtyMention m : mentions) {
          System.out.printf("    %s %s %d..%s %s %s/%s cum=%s named=%s agent=%s [%s]%n", m.figure().outcome(),
              m.figure().victimGroup(), m.figure().min(), m.figure().max(), m.figure().qualifier(),
              m.figure().source().type(), m.figure().source().name(), m.cumulative(), m.figure().named(), m.agent(),
              m.figure().span().text());
        }
      }
      for (Outcome o : List.of(Outcome.KILLED, Outcome.INJURED)) {
        JsonNode gold = r.get(o == Outcome.KILLED ? "killed" : "injured");
        if (gold == null || gold.isNull()) {
          continue;
        }
        int got = totals.stream().filter(t -> t.outcome() == o).mapToInt(Total::best).findFirst().orElse(0);
        boolean ok = got == gold.asInt();
        for (String key : List.of(o + " all", o + " " + slice)) {
          int[] s = score.computeIfAbsent(key, k -> new int[2]);
          s[0] += ok ? 1 : 0;
          s[1]++;
        }
        if (!ok && showErrors) {
          System.out.printf("MISS %s %s gold=%d got=%d%n  %s%n", r.get("id").asText(), o, gold.asInt(), got,
              text.replaceAll("\\s+", " "));
          for (CasualtyMention m : mentions) {
            System.out.printf("    %s %s %d..%s %s %s cum=%s [%s]%n", m.figure().outcome(), m.figure().victimGroup(),
                m.figure().min(), m.figure().max(), m.figure().qualifier(), m.figure().source().type(),
                m.cumulative(), m.figure().span().text());
          }
        }
      }
    }
    score.forEach((k, s) -> System.out.printf("%-32s %3d/%3d = %.3f%n", k, s[0], s[1], (double) s[0] / s[1]));
  }
}
