package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.text.AnalyzedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the casualty corpus ({@code corpus.tsv}): each sentence must give exactly the listed
 * figures, and each negative sentence none. Spans must point into the sentence.
 */
class CasualtyCorpusTest {
  private static final RuleCasualtyExtractor EXTRACTOR = new RuleCasualtyExtractor();

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CasualtyCorpusTest.class.getResourceAsStream("corpus.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException("corpus.tsv: expected two columns in: " + line);
        }
        out.add(Arguments.of(cols[0], cols[1].trim()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void sentenceGivesExactlyTheExpectedFigures(String sentence, String expected) {
    AnalyzedText text = Analyzed.tokens(sentence);
    List<CasualtyMention> mentions = EXTRACTOR.extract(text);
    List<String> got = mentions.stream().map(m -> describe(m.figure())).sorted().toList();
    List<String> want = expected.equals("-") ? List.of()
        : Stream.of(expected.split("\\s*;\\s*")).map(String::trim).sorted().toList();
    assertThat(got).as("figures of: %s", sentence).isEqualTo(want);
    for (CasualtyMention m : mentions) {
      CasualtyFigure f = m.figure();
      assertThat(sentence.substring(f.span().start(), f.span().end())).isEqualTo(f.span().text());
    }
  }

  static String describe(CasualtyFigure f) {
    return String.join(" ", f.outcome().name(), f.victimGroup().name(), String.valueOf(f.min()),
        f.max() == null ? "_" : String.valueOf(f.max()), f.qualifier().name(), f.source().type().name());
  }
}
