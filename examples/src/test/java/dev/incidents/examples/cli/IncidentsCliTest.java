package dev.incidents.examples.cli;

import static dev.incidents.examples.Fixtures.fakeExtraction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static CliRun run(String... args) {
    return CliRun.run(fakeExtraction(false), args);
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path f = write("a.txt", "two words");
    assertThat(run().exitCode).isEqualTo(2);
    assertThat(run("frobnicate").exitCode).isEqualTo(2);
    assertThat(run("extract").exitCode).isEqualTo(2);
    assertThat(run("extract", "--no-such-option", f.toString()).exitCode).isEqualTo(2);
    assertThat(run("extract", "--threads", "0", f.toString()).exitCode).isEqualTo(2);
    assertThat(run("extract", "--threads", "many", f.toString()).exitCode).isEqualTo(2);
    assertThat(run("extract", "--profile", "tokens", f.toString()).exitCode).isEqualTo(2);
    assertThat(run("extract", "--format", "xml", f.toString()).exitCode).isEqualTo(2);
    assertThat(run("extract", "--published", "20/07/2025", f.toString()).exitCode).isEqualTo(2);
    assertThat(run("extract", "--jsonl", f.toString(), f.toString()).exitCode).isEqualTo(2);
    assertThat(run("eval").exitCode).isEqualTo(2);
  }

  @Test
  void usageErrorPrintsOnStderrOnly() {
    CliRun r = run("extract", "--threads", "0", "x.txt");
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("--threads");
  }

  @Test
  void helpExitsWithZero() {
    CliRun r = run("--help");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).contains("extract").contains("eval");
    assertThat(run("extract", "--help").out).contains("--jsonl").contains("--format");
  }

  @Test
  void oneFileGivesOnePrettyObjectWithTheFileNameAsId() throws Exception {
    Path f = write("quetta-blast.v2.txt", "three little words");
    CliRun r = run("extract", "--published", "2025-07-20", f.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    ExtractionResult result = IncidentJson.readResult(r.out);
    assertThat(result.document().id()).isEqualTo("quetta-blast.v2");
    assertThat(result.document().publishedDate()).hasToString("2025-07-20");
    assertThat(r.out).isEqualTo(IncidentJson.toPrettyJson(result));
  }

  @Test
  void severalFilesGiveAnArrayInArgumentOrder() throws Exception {
    Path a = write("b-first.txt", "one");
    Path b = write("a-second.txt", "one two");
    CliRun r = run("extract", "--threads", "2", a.toString(), b.toString());
    assertThat(r.exitCode).isZero();
    JsonNode array = JSON.readTree(r.out);
    assertThat(array.isArray()).isTrue();
    assertThat(array.get(0).at("/document/id").asText()).isEqualTo("b-first");
    assertThat(array.get(1).at("/document/id").asText()).isEqualTo("a-second");
  }

  @Test
  void aMissingFileFailsAloneAndExitsWithOne() throws Exception {
    Path a = write("ok.txt", "fine text");
    CliRun r = run("extract", dir.resolve("missing.txt").toString(), a.toString());
    assertThat(r.exitCode).isEqualTo(1);
    JsonNode array = JSON.readTree(r.out);
    assertThat(array).hasSize(2);
    assertThat(array.get(0).at("/document/id").asText()).isEqualTo("missing");
    assertThat(array.get(0).get("error").asText()).contains("cannot read");
    assertThat(array.get(1).get("error").isNull()).isTrue();
    assertThat(r.err).contains("missing.txt");
  }

  @Test
  void malformedUtf8IsReplacedNotFatal() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'a', 'b', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, 'c'});
    CliRun r = run("extract", f.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(IncidentJson.readResult(r.out).incidents().get(0).totals().get(0).best()).isEqualTo(3);
  }

  @Test
  void profileOptionMapsToTheAnalyzerProfile() throws Exception {
    Path f = write("p.txt", "x");
    CliRun.PROFILES.clear();
    run("extract", f.toString());
    run("extract", "--profile", "accurate", f.toString());
    run("extract", "--profile", "FAST", f.toString());
    assertThat(CliRun.PROFILES).containsExactly(AnalyzerProfile.FAST, AnalyzerProfile.ACCURATE, AnalyzerProfile.FAST);
  }

  @Test
  void csvFormatForFilesHasHeaderAndOneRowPerIncident() throws Exception {
    Path f = write("c.txt", "a b c d");
    CliRun r = run("extract", "--format", "csv", f.toString());
    assertThat(r.exitCode).isZero();
    assertThat(r.out.split("\n")).hasSize(2);
    assertThat(r.out).startsWith("event_date,time_precision,event_type,");
    assertThat(r.out.split("\n")[1]).endsWith(",4,,c");
  }

  @Test
  void outOptionWritesTheFileAndNothingOnStdout() throws Exception {
    Path f = write("o.txt", "x y");
    Path out = dir.resolve("out.json");
    CliRun r = run("extract", "--out", out.toString(), f.toString());
    assertThat(r.exitCode).isZero();
    assertThat(r.out).isEmpty();
    assertThat(IncidentJson.readResult(Files.readString(out)).document().id()).isEqualTo("o");
  }

  @Test
  void progressBarGoesToStderrOnly() throws Exception {
    Path f = write("p.txt", "x y");
    CliRun r = run("extract", "--progress", f.toString());
    assertThat(r.err).contains("1/1");
    assertThat(r.out).doesNotContain("1/1");
    assertThat(run("extract", f.toString()).err).doesNotContain("1/1");
  }
}
