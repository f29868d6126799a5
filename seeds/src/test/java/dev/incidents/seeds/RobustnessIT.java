package dev.incidents.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.contract.ContractChecks;
import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.IncidentExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Any input, no crash, nothing carried between documents: random and mutated seed text never
 * throws, and every result keeps the contract; the same article gives byte-identical JSON alone,
 * after other articles, and on many threads.
 */
class RobustnessIT {
  private static final IncidentExtractor EXTRACTOR = Seeds.extractor();

  @Property(tries = 40)
  void mutatedSeedTextKeepsTheContract(@ForAll("seedIds") String id, @ForAll @IntRange(min = 0, max = 5000) int cut,
      @ForAll("noise") String noise, @ForAll long seed) {
    String text = Seeds.text(id);
    String mutated = mutate(text, cut, noise, new Random(seed));
    ExtractionResult r = EXTRACTOR.extract(Article.of(mutated).withId("m"));
    ContractChecks.assertValid(r, mutated);
  }

  @Property(tries = 40)
  void randomTextKeepsTheContract(@ForAll("junk") String text) {
    ExtractionResult r = EXTRACTOR.extract(Article.of(text).withId("j"));
    ContractChecks.assertValid(r, text);
  }

  @Provide
  Arbitrary<String> seedIds() {
    return Arbitraries.of(Seeds.ids());
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> junk() {
    Arbitrary<String> words = Arbitraries.of("killed", "12", "soldiers", "Quetta", "on", "Saturday", "BLA", "at least",
        "\u0E42", "<p>", "&amp;", "\n\n", "injured", "two", "police", "said", ",", ".", "\"", "Operation", "2019",
        "\uD800", "\u0000", "dozens", "claimed", "responsibility", "in", "district", "Kabul", "\u062F\u0647\u0634\u062A");
    return words.list().ofMaxSize(80).map(l -> String.join(" ", l));
  }

  private static String mutate(String text, int cut, String noise, Random random) {
    StringBuilder b = new StringBuilder(text.substring(0, Math.min(cut, text.length())));
    b.append(noise);
    int at = Math.min(text.length(), cut + random.nextInt(200));
    b.append(text, at, text.length());
    for (int i = 0; i < 5 && b.length() > 0; i++) {
      int p = random.nextInt(b.length());
      b.setCharAt(p, (char) random.nextInt(0x3000));
    }
    return b.toString();
  }

  @Test
  void sameJsonAloneAfterOthersAndOnEightThreads() {
    List<String> ids = Seeds.ids();
    List<String> alone = new ArrayList<>();
    for (String id : ids) {
      alone.add(IncidentJson.toCompactJson(IncidentExtractor.builder().build().extract(article(id))));
    }
    List<Article> many = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      ids.forEach(id -> many.add(article(id)));
    }
    List<ExtractionResult> batch = EXTRACTOR.extractAll(many, 8);
    for (int i = 0; i < batch.size(); i++) {
      assertThat(IncidentJson.toCompactJson(batch.get(i))).isEqualTo(alone.get(i % ids.size()));
    }
    // one thread, batches of sixteen annotated before the rules run, an empty and a foreign text among them
    List<Article> mixed = new ArrayList<>(many.subList(0, 37));
    mixed.add(9, Article.of(""));
    mixed.add(23, Article.of("Der Anschlag auf die Polizei in der Stadt wurde von der Gruppe verübt, die mit dem Staat "
        + "und den Truppen im Krieg ist und die das Gebiet hält."));
    List<ExtractionResult> oneThread = EXTRACTOR.extractAll(mixed, 1);
    assertThat(oneThread).hasSize(mixed.size());
    for (int i = 0; i < mixed.size(); i++) {
      assertThat(IncidentJson.toCompactJson(oneThread.get(i)))
          .isEqualTo(IncidentJson.toCompactJson(EXTRACTOR.extract(mixed.get(i))));
    }
    assertThat(oneThread.get(9).warnings()).anyMatch(w -> w.contains("empty"));
    assertThat(oneThread.get(23).warnings()).anyMatch(w -> w.contains("not English"));
    // the same as a stream, and the stream is closed with its results
    boolean[] closed = {false};
    try (java.util.stream.Stream<ExtractionResult> streamed = EXTRACTOR.extractStream(
        mixed.stream().onClose(() -> closed[0] = true))) {
      assertThat(streamed.map(IncidentJson::toCompactJson).toList())
          .containsExactlyElementsOf(oneThread.stream().map(IncidentJson::toCompactJson).toList());
    }
    assertThat(closed[0]).isTrue();
    for (int i = ids.size() - 1; i >= 0; i--) {
      assertThat(IncidentJson.toCompactJson(EXTRACTOR.extract(article(ids.get(i))))).isEqualTo(alone.get(i));
    }
  }

  @Test
  void badInputGivesEmptyResultsWithWarnings() {
    assertThat(EXTRACTOR.extract(Article.of("")).incidents()).isEmpty();
    assertThat(EXTRACTOR.extract(Article.of("   \n\t ")).warnings()).anyMatch(w -> w.contains("empty"));
    ExtractionResult urdu = EXTRACTOR.extract(Article.of(
        "\u06A9\u0648\u0626\u0679\u06C1 \u0645\u06CC\u06BA \u062F\u06BE\u0645\u0627\u06A9\u06D2 \u0633\u06D2 \u062A\u06CC\u0646 "
            + "\u067E\u0648\u0644\u06CC\u0633 \u0627\u06C1\u0644\u06A9\u0627\u0631 \u06C1\u0644\u0627\u06A9 \u06C1\u0648 \u06AF\u0626\u06D2"));
    assertThat(urdu.incidents()).isEmpty();
    assertThat(urdu.warnings()).anyMatch(w -> w.contains("not English"));
  }

  @Test
  void oversizedTextIsATypedError() {
    IncidentExtractor small = IncidentExtractor.builder().maxCharacters(100).build();
    String text = "Gunmen killed two police officers in Kandahar on Saturday. ".repeat(3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> small.extract(Article.of(text)))
        .isInstanceOf(dev.incidents.extract.ArticleTooLargeException.class)
        .hasMessageContaining("limit of 100");
    assertThat(small.extract(Article.of(text.substring(0, 60))).incidents()).isNotEmpty();
  }

  private static Article article(String id) {
    return Article.of(Seeds.text(id)).withId(id);
  }

  @Test
  void aStreamOfArticlesIsReadOneBatchAhead() {
    int[] read = {0};
    java.util.stream.Stream<Article> endless = java.util.stream.Stream.iterate(0, i -> i + 1)
        .map(i -> Article.of("Gunmen killed " + (2 + i % 7) + " police officers in Kandahar on Saturday.").withId("e" + i))
        .peek(a -> read[0]++);
    List<ExtractionResult> first = EXTRACTOR.extractStream(endless).limit(3).toList();
    assertThat(first).extracting(r -> r.document().id()).containsExactly("e0", "e1", "e2");
    assertThat(first.get(1).incidents().get(0).totals().get(0).best()).isEqualTo(3);
    assertThat(read[0]).isEqualTo(IncidentExtractor.BATCH_ARTICLES);
  }
}
