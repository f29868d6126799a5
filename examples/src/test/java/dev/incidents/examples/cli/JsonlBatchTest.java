package dev.incidents.examples.cli;

import static dev.incidents.examples.Fixtures.fakeExtraction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.ExtractionResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static String line(String id, String text, String published) {
    ObjectNode n = JSON.createObjectNode().put("id", id).put("text", text).put("ignored", 42);
    if (published != null) {
      n.put("publishedDate", published);
    }
    return n.toString();
  }

  private Path lines(List<String> lines) throws Exception {
    Path p = dir.resolve("in.jsonl");
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private static List<ExtractionResult> results(String out) {
    List<ExtractionResult> results = new ArrayList<>();
    for (String l : out.split("\n")) {
      results.add(IncidentJson.readResult(l));
    }
    return results;
  }

  @Test
  void thousandLinesWithOneMalformedGiveNineHundredNinetyNineResultsAndOneError() throws Exception {
    List<String> input = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      input.add(i == 500 ? "{\"id\": \"d500\", \"text\": \"unterminated" : line("d" + i, "word ".repeat(i % 9), null));
    }
    CliRun r = CliRun.run(fakeExtraction(false), "extract", "--jsonl", lines(input).toString());
    assertThat(r.exitCode).isEqualTo(1);
    List<ExtractionResult> results = results(r.out);
    assertThat(results).hasSize(1000);
    assertThat(results.stream().filter(x -> x.error() == null)).hasSize(999);
    ExtractionResult bad = results.get(499);
    assertThat(bad.error()).contains("malformed JSON");
    assertThat(bad.document().id()).isEqualTo("line-500");
    assertThat(results.get(500).document().id()).isEqualTo("d501");
    assertThat(results.get(999).document().id()).isEqualTo("d1000");
    assertThat(r.err).contains(":500: malformed JSON");
  }

  @Test
  void eachKindOfBadLineGivesAnErrorResultAndTheBatchGoesOn() throws Exception {
    List<String> input = List.of(
        line("ok1", "a b", "2025-07-20"),
        "{\"text\": \"no id\"}",
        "{\"id\": \"no-text\"}",
        line("bad-date", "a", "20 July 2025"),
        "[1, 2]",
        line("boom", "EXPLODE now", null),
        "",
        line("ok2", "a b c", null));
    CliRun r = CliRun.run(fakeExtraction(false), "extract", "--jsonl", lines(input).toString());
    assertThat(r.exitCode).isEqualTo(1);
    List<ExtractionResult> results = results(r.out);
    assertThat(results).extracting(x -> x.document().id())
        .containsExactly("ok1", "line-2", "no-text", "bad-date", "line-5", "boom", "ok2");
    assertThat(results).extracting(x -> x.error() == null)
        .containsExactly(true, false, false, false, false, false, true);
    assertThat(results.get(0).document().publishedDate()).hasToString("2025-07-20");
    assertThat(results.get(3).error()).contains("publishedDate");
    assertThat(results.get(5).error()).contains("exploded");
    assertThat(r.err.lines().filter(l -> l.startsWith("incidents: ") && l.contains("in.jsonl:"))).hasSize(5);
  }

  @Test
  void allGoodExitsWithZeroAndPublishedIsTheDefaultDate() throws Exception {
    Path in = lines(List.of(line("a", "x", null), line("b", "y", "2024-01-02")));
    Path out = dir.resolve("out.jsonl");
    CliRun r = CliRun.run(fakeExtraction(false), "extract", "--published", "2025-07-20", "--jsonl", in.toString(),
        "--out", out.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).isEmpty();
    List<ExtractionResult> results = results(Files.readString(out));
    assertThat(results).extracting(x -> x.document().publishedDate().toString())
        .containsExactly("2025-07-20", "2024-01-02");
  }

  @Test
  void unreadableInputExitsWithOne() {
    CliRun r = CliRun.run(fakeExtraction(false), "extract", "--jsonl", dir.resolve("nope.jsonl").toString());
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.err).contains("cannot read");
  }

  @Test
  void threadsGiveTheSameBytesAsOneThread() throws Exception {
    List<String> input = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      input.add(i % 37 == 5 ? "not json" : line("doc-" + i, "w ".repeat(i % 13), i % 2 == 0 ? "2025-01-0" + (1 + i % 9) : null));
    }
    Path in = lines(input);
    for (String format : List.of("json", "csv")) {
      CliRun one = CliRun.run(fakeExtraction(true), "extract", "--format", format, "--jsonl", in.toString());
      CliRun four = CliRun.run(fakeExtraction(true), "extract", "--format", format, "--threads", "4", "--jsonl", in.toString());
      assertThat(four.out).isNotEmpty().isEqualTo(one.out);
      assertThat(four.exitCode).isEqualTo(one.exitCode).isEqualTo(1);
      assertThat(errorLines(four.err)).isEqualTo(errorLines(one.err));
    }
  }

  @Test
  void workersExtractInBatchesAndABatchThatFailsIsRetriedOneByOne() throws Exception {
    int lines = ExtractCommand.BATCH + 8;
    List<String> input = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      input.add(i == 20 ? line("d20", "EXPLODE here", null) : i == 30 ? "not json" : line("d" + i, "w ".repeat(i), null));
    }
    java.util.function.Function<dev.incidents.core.model.Article, ExtractionResult> one = fakeExtraction(false);
    List<Integer> batchSizes = java.util.Collections.synchronizedList(new ArrayList<>());
    ExtractorFactory factory = new ExtractorFactory() {
      @Override
      public java.util.function.Function<dev.incidents.core.model.Article, ExtractionResult> create(
          dev.incidents.extract.nlp.AnalyzerProfile profile) {
        return one;
      }

      @Override
      public dev.incidents.examples.BatchExtraction extraction(dev.incidents.extract.nlp.AnalyzerProfile profile) {
        return dev.incidents.examples.BatchExtraction.of(one, articles -> {
          batchSizes.add(articles.size());
          return articles.stream().map(one).toList(); // a bad article fails the whole batch
        });
      }
    };
    for (String threads : new String[] {"1", "3"}) {
      batchSizes.clear();
      CliRun r = CliRun.runWith(factory, "extract", "--threads", threads, "--jsonl", lines(input).toString());
      assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
      List<ExtractionResult> results = results(r.out);
      assertThat(results).hasSize(lines);
      for (int i = 1; i <= lines; i++) {
        ExtractionResult x = results.get(i - 1);
        if (i == 20) {
          assertThat(x.error()).contains("fake extractor exploded");
        } else if (i == 30) {
          assertThat(x.error()).contains("malformed JSON");
        } else {
          assertThat(x.error()).as("line %d", i).isNull();
          assertThat(x.document().id()).isEqualTo("d" + i);
          assertThat(x.incidents().get(0).totals().get(0).best()).isEqualTo(i);
        }
      }
      assertThat(batchSizes).as("a full batch less the bad line, then 8 lines")
          .containsExactlyInAnyOrder(ExtractCommand.BATCH - 1, 8);
      assertThat(errorLines(r.err)).hasSize(2);
    }
  }

  private static List<String> errorLines(String err) {
    return err.lines().filter(l -> l.contains("in.jsonl:")).toList();
  }
}
