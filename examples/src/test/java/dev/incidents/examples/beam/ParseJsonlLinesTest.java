package dev.incidents.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParseJsonlLinesTest {
  @Test
  void aGoodLineIsAnArticle() {
    ParseJsonlLines.Parsed p = ParseJsonlLines.parse(
        "{\"id\":\"a1\",\"text\":\"Two killed.\",\"publishedDate\":\"2025-07-20\",\"extra\":1}");
    assertThat(p.failure()).isNull();
    assertThat(p.article().id()).isEqualTo("a1");
    assertThat(p.article().text()).isEqualTo("Two killed.");
    assertThat(p.article().publishedDate()).isEqualTo(LocalDate.of(2025, 7, 20));
    assertThat(ParseJsonlLines.parse("{\"id\":7,\"text\":\"x\",\"publishedDate\":null}").article().id())
        .isEqualTo("7");
  }

  @Test
  void badLinesAreErrorResultsWithTheirIdWhenReadable() {
    assertThat(ParseJsonlLines.parse("{\"id\":\"a2\"}").failure().error()).contains("missing \"text\"");
    assertThat(ParseJsonlLines.parse("{\"id\":\"a2\"}").failure().document().id()).isEqualTo("a2");
    assertThat(ParseJsonlLines.parse("{\"id\":\"a3\",\"text\":\"x\",\"publishedDate\":\"July\"}").failure().error())
        .contains("bad \"publishedDate\"");
    var malformed = ParseJsonlLines.parse("{not json").failure();
    assertThat(malformed.error()).startsWith("malformed JSON");
    assertThat(malformed.document().id()).matches("unparsed-[0-9a-f]{8}");
    assertThat(ParseJsonlLines.parse("[1,2]").failure().error()).contains("expected a JSON object");
    assertThat(ParseJsonlLines.parse("{\"text\":\"x\"}").failure().error()).contains("missing or empty \"id\"");
  }

  @Test
  void blankLinesAreSkipped() {
    assertThat(ParseJsonlLines.parse("   ")).isNull();
  }
}
