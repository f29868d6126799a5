package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Actor;
import dev.incidents.core.spi.ActorMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the actor corpus {@code actor-roles.tsv}: names, roles and units per sentence. */
class ActorRoleCorpusTest {
  private static final LexiconActorExtractor EXTRACTOR = new LexiconActorExtractor();

  static Stream<Arguments> corpus() throws IOException {
    return rows("/dev/incidents/extract/actor/actor-roles.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
  }

  static List<String[]> rows(String resource) throws IOException {
    try (InputStream in = ActorRoleCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .peek(f -> assertThat(f).as("two columns").hasSize(2))
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findsActorsWithRoles(String sentence, String expected) {
    List<ActorMention> mentions = EXTRACTOR.extract(ActorTexts.tokens(sentence));
    List<String> found = mentions.stream().map(m -> describe(m.actor())).toList();
    for (String e : expected.split(" ;; ")) {
      e = e.strip();
      if (e.startsWith("!")) {
        String name = e.substring(1);
        assertThat(mentions).as("no %s in %s", name, found).noneMatch(m -> m.actor().name().equals(name));
        continue;
      }
      String[] p = e.split("\\|");
      assertThat(mentions).as("%s in %s", e, found).anyMatch(m -> m.actor().name().equals(p[0])
          && (p[1].equals("*") || m.actor().role().name().equals(p[1]))
          && (p.length < 3 || p[2].equals(m.actor().unit())));
    }
    for (ActorMention m : mentions) {
      assertThat(sentence.substring(m.actor().span().start(), m.actor().span().end())).isEqualTo(m.actor().span().text());
    }
  }

  private static String describe(Actor a) {
    return a.name() + "|" + a.role() + (a.unit() == null ? "" : "|" + a.unit()) + " <" + a.span().text() + ">";
  }
}
