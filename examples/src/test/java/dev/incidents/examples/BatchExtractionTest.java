package dev.incidents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BatchExtractionTest {
  private static final Function<Article, ExtractionResult> ONE = Fixtures.fakeExtraction(false);
  private static final List<Article> THREE = List.of(Article.of("a b").withId("x"), Article.of("EXPLODE").withId("y"),
      Article.of("c").withId("z"));

  @Test
  void aBatchThatThrowsIsRedoneOneByOneAndOnlyTheArticleAtFaultFails() {
    BatchExtraction batchThrows = BatchExtraction.of(ONE, articles -> articles.stream().map(ONE).toList());
    List<ExtractionResult> r = batchThrows.applyAllOrEach(THREE, e -> "failed: " + e.getMessage());
    assertThat(r).extracting(x -> x.document().id()).containsExactly("x", "y", "z");
    assertThat(r).extracting(ExtractionResult::error).containsExactly(null, "failed: fake extractor exploded", null);
  }

  @Test
  void aBatchWithTheWrongNumberOfResultsIsRedoneOneByOne() {
    List<Article> two = List.of(THREE.get(0), THREE.get(2));
    BatchExtraction short1 = BatchExtraction.of(ONE, articles -> List.of(ONE.apply(articles.get(0))));
    assertThat(short1.applyAllOrEach(two, e -> "failed")).extracting(x -> x.document().id()).containsExactly("x", "z");
    BatchExtraction whole = BatchExtraction.of(ONE, articles -> articles.stream().map(ONE).toList());
    assertThat(whole.applyAllOrEach(List.of(), e -> "failed")).isEmpty();
  }
}
