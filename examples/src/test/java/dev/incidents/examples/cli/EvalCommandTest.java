package dev.incidents.examples.cli;

import static dev.incidents.examples.Fixtures.fakeExtraction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.BatchExtraction;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Made-up gold lines; the fake extraction's killed total is the text's word count. */
  private Path gold() throws Exception {
    Path p = dir.resolve("gold.jsonl");
    Files.write(p, List.of(
        "{\"id\":\"g1\",\"slice\":\"s-a\",\"text\":\"one two three\",\"killed\":3,\"injured\":null}",
        "{\"id\":\"g2\",\"slice\":\"s-a\",\"text\":\"one two\",\"killed\":5}",
        "{\"id\":\"g3\",\"slice\":\"s-b\",\"text\":\"one\",\"killed\":1,\"injured\":0}",
        "{\"id\":\"g4\",\"slice\":\"s-b\",\"text\":\"one two three four\",\"killed\":4}"));
    return p;
  }

  @Test
  void tableHasCountsPerFieldAndPerSlice() throws Exception {
    CliRun r = CliRun.run(fakeExtraction(false), "eval", "--gold", gold().toString(), "--show-errors");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("all records (4)").contains("slice s-a (2)").contains("slice s-b (2)");
    assertThat(r.out).containsPattern("killed\\s+3\\s+4\\s+75\\.0%");
    assertThat(r.out).containsPattern("injured\\s+1\\s+1\\s+100\\.0%");
    assertThat(r.out).contains("g2\tkilled\texpected=5\tgot=2");
    assertThat(r.out).contains("errors (1)");
  }

  @Test
  void jsonOutputAndLimit() throws Exception {
    CliRun r = CliRun.run(fakeExtraction(false), "eval", "--gold", gold().toString(), "--json", "--limit", "2",
        "--threads", "2");
    assertThat(r.exitCode).isZero();
    JsonNode n = JSON.readTree(r.out);
    assertThat(n.get("records").asInt()).isEqualTo(2);
    assertThat(n.at("/fields/killed/correct").asInt()).isEqualTo(1);
    assertThat(n.at("/fields/killed/total").asInt()).isEqualTo(2);
    assertThat(n.at("/fields/killed/accuracy").asDouble()).isEqualTo(0.5);
    assertThat(n.at("/fields/date/accuracy").isNull()).isTrue();
    assertThat(n.at("/slices/s-a/records").asInt()).isEqualTo(2);
    assertThat(n.has("errors")).isFalse();
  }

  @Test
  void aBadGoldLineIsSkippedWithExitOne() throws Exception {
    Path p = dir.resolve("bad.jsonl");
    Files.write(p, List.of("{\"id\":\"g1\",\"text\":\"a\",\"killed\":1}", "{oops", "{\"id\":\"g3\",\"text\":\"a b\",\"killed\":2}"));
    CliRun r = CliRun.run(fakeExtraction(false), "eval", "--gold", p.toString());
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out).containsPattern("killed\\s+2\\s+2\\s+100\\.0%");
    assertThat(r.err).contains("bad.jsonl:2");
  }
  @Test
  void recordsAreExtractedInBatchesAndABatchThatFailsIsRetriedOneByOne() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    int records = 2 * ExtractCommand.BATCH + 16; // the bad line in the first batch, the second full
    for (int i = 1; i <= records; i++) {
      String text = i == 20 ? "EXPLODE here" : "w ".repeat(1 + i % 4).strip();
      lines.add(i == 30 ? "{oops" : "{\"id\":\"g" + i + "\",\"text\":\"" + text + "\",\"killed\":" + (1 + i % 4) + "}");
    }
    Path p = dir.resolve("batches.jsonl");
    Files.write(p, lines);
    java.util.function.Function<Article, ExtractionResult> one = fakeExtraction(false);
    List<Integer> batchSizes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    ExtractorFactory factory = new ExtractorFactory() {
      @Override
      public java.util.function.Function<Article, ExtractionResult> create(AnalyzerProfile profile) {
        return one;
      }

      @Override
      public BatchExtraction extraction(AnalyzerProfile profile) {
        return BatchExtraction.of(one, articles -> {
          batchSizes.add(articles.size());
          return articles.stream().map(one).toList(); // a bad article fails the whole batch
        });
      }
    };
    for (String threads : new String[] {"1", "3"}) {
      batchSizes.clear();
      CliRun r = CliRun.runWith(factory, "eval", "--gold", p.toString(), "--json", "--threads", threads);
      assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
      JsonNode n = JSON.readTree(r.out);
      // the bad line is skipped, the exploding record scored as an empty result
      assertThat(n.get("records").asInt()).isEqualTo(records - 1);
      assertThat(n.at("/fields/killed/total").asInt()).isEqualTo(records - 1);
      assertThat(n.at("/fields/killed/correct").asInt()).isEqualTo(records - 2);
      assertThat(r.err).contains("batches.jsonl:20: ").contains("fake extractor exploded").contains("batches.jsonl:30: skipped");
      assertThat(batchSizes).as("batches of up to %d records", ExtractCommand.BATCH).contains(ExtractCommand.BATCH)
          .allMatch(size -> size <= ExtractCommand.BATCH);
    }
  }
}
