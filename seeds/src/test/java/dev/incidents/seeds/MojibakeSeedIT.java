package dev.incidents.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.contract.ContractChecks;
import dev.incidents.core.model.Claim;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.text.EntityMention;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 carries real encoding damage (every curly quote and dash became U+0E42). Repaired, it
 * must read exactly like the copy repaired by hand: same text, same entities, same quotes, while
 * its spans still point into the damaged original.
 */
class MojibakeSeedIT {
  private final String damaged = Seeds.text(Seeds.id("001"));
  private final String byHand = read(Seeds.dir().resolveSibling("repaired").resolve(Seeds.id("001") + ".txt"));

  @Test
  void repairedTextEqualsTheHandRepairedText() {
    Normalizer n = Normalizer.standard();
    assertThat(n.normalize(damaged).text().text()).isEqualTo(n.normalize(byHand).text().text());
    assertThat(n.normalize(damaged).warnings()).anyMatch(w -> w.contains("mojibake"));
  }

  @Test
  void sameEntitiesAsTheHandRepairedText() {
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerProfile.FAST);
    List<EntityMention> fromDamaged = analyzer.analyze(Normalizer.standard().normalize(damaged).text()).entities();
    List<EntityMention> fromRepaired = analyzer.analyze(Normalizer.standard().normalize(byHand).text()).entities();
    assertThat(fromDamaged).isEqualTo(fromRepaired).hasSizeGreaterThan(30);
  }

  @Test
  void sameQuotesAndSpansIntoTheDamagedBytes() {
    ExtractionResult r = Seeds.result(Seeds.id("001"));
    ExtractionResult h = Seeds.extractor().extract(dev.incidents.core.model.Article.of(byHand).withId(Seeds.id("001")));
    ContractChecks.assertValid(r, damaged);
    List<String> quotes = r.incidents().stream().flatMap(i -> i.claims().stream()).map(Claim::text).toList();
    List<String> handQuotes = h.incidents().stream().flatMap(i -> i.claims().stream()).map(Claim::text).toList();
    assertThat(quotes).hasSameSizeAs(handQuotes);
    assertThat(r.incidents().stream().flatMap(i -> i.claims().stream()).map(c -> c.span().start()).toList())
        .isEqualTo(h.incidents().stream().flatMap(i -> i.claims().stream()).map(c -> c.span().start()).toList());
    assertThat(r.incidents().stream().flatMap(i -> i.claims().stream()))
        .anyMatch(c -> c.span().text().contains("\u0E42An army"));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
