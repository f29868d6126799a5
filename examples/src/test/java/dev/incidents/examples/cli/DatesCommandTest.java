package dev.incidents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidents.core.json.IncidentJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatesCommandTest {
  @TempDir
  Path dir;

  @Test
  void jsonlGivesOneLinePerMentionWithOffsetsIntoThatLine() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"text\":\"Gunmen struck on Saturday around 3 a.m.\",\"publishedDate\":\"2025-07-21\"}",
        "not json",
        "{\"id\":\"b\",\"text\":\"The blast on Saturday killed two.\"}"), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    CliRun r = CliRun.run(a -> null, "dates", "--jsonl", in.toString(), "--out", out.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("line-2");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<JsonNode> nodes = lines.stream().map(l -> {
      try {
        return IncidentJson.mapper().readTree(l);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
    assertThat(nodes).anySatisfy(n -> {
      assertThat(n.get("doc").asText()).isEqualTo("a");
      assertThat(n.get("text").asText()).startsWith("Saturday");
      assertThat(n.get("value").asText()).startsWith("2025-07-19");
      assertThat(n.get("start").asInt()).isEqualTo("Gunmen struck on ".length());
    });
    assertThat(nodes).anySatisfy(n -> {
      assertThat(n.get("doc").asText()).isEqualTo("b");
      assertThat(n.get("value").asText()).isEqualTo("XXXX-WXX-6");
    });
  }

  @Test
  void filesPrintATable() throws Exception {
    Path f = dir.resolve("x.txt");
    Files.writeString(f, " date 2025-07-20 \n\nOn July 19, 2025, a bomb exploded.", StandardCharsets.UTF_8);
    CliRun r = CliRun.run(a -> null, "dates", f.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("2025-07-19").contains("July 19, 2025");
  }

  @Test
  void needsFilesOrJsonl() {
    assertThat(CliRun.run(a -> null, "dates").exitCode).isEqualTo(2);
  }
}
