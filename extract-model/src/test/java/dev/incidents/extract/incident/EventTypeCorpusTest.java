package dev.incidents.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.extract.internal.DataFiles;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
}
