package dev.incidents.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Claim;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.spi.ClaimMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.extract.actor.ActorTexts;
import dev.incidents.extract.actor.LexiconActorExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the claim corpus {@code claims.tsv}: positives, and negatives that must yield nothing. */
class ClaimCorpusTest {
  private static final LexiconActorExtractor ACTORS = new LexiconActorExtractor();
  private static final RuleClaimExtractor CLAIMS = new RuleClaimExtractor();

  static Stream<Arguments> corpus() throws IOException {
    String resource = "/dev/incidents/extract/claim/claims.tsv";
    try (InputStream in = ClaimCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .peek(f -> assertThat(f).as("two columns").hasSize(2))
          .map(f -> Arguments.of(f[0], f[1]))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findsClaims(String text, String expected) {
    AnalyzedText at = ActorTexts.tokens(text);
    List<ActorMention> actors = ACTORS.extract(at);
    List<Claim> claims = CLAIMS.extract(at, actors).stream().map(ClaimMention::claim).toList();
    List<String> found = claims.stream().map(ClaimCorpusTest::describe).toList();
    if (expected.strip().equals("NONE")) {
      assertThat(found).as("no claims").isEmpty();
      return;
    }
    for (String e : expected.split(" ;; ")) {
      e = e.strip();
      if (e.startsWith("!")) {
        String type = e.substring(1);
        assertThat(claims).as("no %s in %s", type, found).noneMatch(c -> c.type().name().equals(type));
        continue;
      }
      String[] p = e.split("\\|", -1);
      assertThat(p).as(e).hasSize(4);
      assertThat(claims).as("%s in %s for: %s", e, found, text).anyMatch(c -> c.type().name().equals(p[0])
          && field(p[1], c.claimant()) && field(p[2], c.target())
          && field(p[3], c.verified() == null ? null : c.verified().toString()));
    }
    for (Claim c : claims) {
      assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.span().text());
      assertThat(c.text()).isNotBlank();
    }
  }

  private static boolean field(String expected, String actual) {
    if (expected.equals("*")) {
      return true;
    }
    if (expected.equals("-")) {
      return actual == null;
    }
    return Objects.equals(expected, actual);
  }

  private static String describe(Claim c) {
    return c.type() + "|" + c.claimant() + "|" + c.target() + "|" + c.verified();
  }
}
