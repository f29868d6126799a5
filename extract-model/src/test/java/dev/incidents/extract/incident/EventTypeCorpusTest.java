package dev.incidents.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.extract.internal.DataFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The event-type rules on a corpus of sentences with the type each must get (or none). */
class EventTypeCorpusTest {
  static Stream<Arguments> corpus() {
    return DataFiles.read(EventTypeCorpusTest.class, "event-types-corpus.tsv", 4).stream()
        .map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void classifies(String sentence, String type, String sub, String weapons) {
    EventTypeRules.Decision d = EventTypeRules.bundled().classify(sentence);
    assertThat(d.eventType() == null ? "-" : d.eventType().name()).isEqualTo(type);
    assertThat(d.subEventType() == null ? "-" : d.subEventType().name()).isEqualTo(sub);
    List<String> expected = "-".equals(weapons) ? List.of() : Arrays.asList(weapons.split(","));
    assertThat(d.weapons()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(EventTypeRules.bundled().hasEventType(sentence)).isEqualTo(!"-".equals(type));
  }

  /** Sentences read one by one decide as their joined text does, on random runs of corpus sentences. */
  @Test
  void sentencesReadOneByOneDecideAsTheirJoinedText() {
    EventTypeRules rules = EventTypeRules.bundled();
    List<String> sentences = corpus().map(a -> (String) a.get()[0]).toList();
    Random random = new Random(7);
    for (int k = 0; k < 2_000; k++) {
      List<EventTypeRules.Matches> matches = new ArrayList<>();
      StringBuilder joined = new StringBuilder();
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        String s = sentences.get(random.nextInt(sentences.size()));
        EventTypeRules.Matches m = rules.match(s);
        assertThat(m.hasEventType()).isEqualTo(rules.hasEventType(s));
        matches.add(m);
        joined.append(s).append(' ');
      }
      assertThat(rules.decide(matches)).as(joined.toString()).isEqualTo(rules.classify(joined.toString()));
    }
    assertThat(rules.decide(List.of())).isEqualTo(rules.classify(""));
  }
}
