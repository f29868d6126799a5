package dev.incidents.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.Fixtures;
import java.time.LocalDate;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

class CodersTest {
  private static <T> T roundTrip(Coder<T> coder, T value) throws Exception {
    byte[] bytes = CoderUtils.encodeToByteArray(coder, value);
    assertThat(CoderUtils.encodeToByteArray(coder, CoderUtils.decodeFromByteArray(coder, bytes))).isEqualTo(bytes);
    return CoderUtils.decodeFromByteArray(coder, bytes);
  }

  @Test
  void articlesSurviveWithOrWithoutDateAndTitle() throws Exception {
    Article full = Article.of("Text “quoted” é").withId("a1").publishedOn(LocalDate.of(2025, 7, 20)).withTitle("T");
    Article bare = Article.of("").withId("a2");
    assertThat(roundTrip(ArticleCoder.of(), full)).isEqualTo(full);
    assertThat(roundTrip(ArticleCoder.of(), bare)).isEqualTo(bare);
  }

  @Test
  void resultsSurviveWithIncidentsAndAsFailures() throws Exception {
    ExtractionResult result = Fixtures.fakeExtraction(false)
        .apply(Article.of("three words here").withId("r1").publishedOn(LocalDate.of(2025, 1, 2)));
    ExtractionResult failure = ExtractionResult.failure("r2", "malformed JSON");
    assertThat(roundTrip(ExtractionResultCoder.of(), result)).isEqualTo(result);
    assertThat(roundTrip(ExtractionResultCoder.of(), failure)).isEqualTo(failure);
  }

  @Test
  void codersAreDeterministicSerializableAndTheDefaultForTheirTypes() throws Exception {
    ArticleCoder.of().verifyDeterministic();
    ExtractionResultCoder.of().verifyDeterministic();
    assertThat(SerializableUtils.ensureSerializable(ArticleCoder.of())).isEqualTo(ArticleCoder.of());
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    assertThat(p.getCoderRegistry().getCoder(Article.class)).isEqualTo(ArticleCoder.of());
    assertThat(p.getCoderRegistry().getCoder(ExtractionResult.class)).isEqualTo(ExtractionResultCoder.of());
  }
}
