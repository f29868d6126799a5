package dev.incidents.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationCostTest {
  @Test
  void timesBothFunctionsOnEveryArticleAndReportsTheExtraShare() {
    List<Article> articles = List.of(Article.of("x").withId("a"), Article.of("y").withId("b"));
    AnnotationCost.Result r = AnnotationCost.measure(a -> {
      ThroughputTest.sleep(10);
      return a;
    }, a -> {
      ThroughputTest.sleep(20);
      return a;
    }, articles, 2);
    assertThat(r.articles()).isEqualTo(4);
    assertThat(r.annotationSeconds()).isGreaterThanOrEqualTo(0.04);
    assertThat(r.extractionSeconds()).isGreaterThanOrEqualTo(0.08);
    assertThat(r.overhead()).isBetween(0.3, 1.5);
    assertThat(r.passOverheads()).hasSize(2).allSatisfy(o -> assertThat(o).isBetween(0.3, 1.5));
    assertThat(r.passQuartiles()).as("fewer than four passes").isNull();
  }

  @Test
  void passQuartilesSayHowMuchTheOverheadVaried() {
    AnnotationCost.Result r = new AnnotationCost.Result(50, 1.0, 1.1, List.of(0.12, 0.08, 0.30, 0.10, 0.11));
    assertThat(r.passQuartiles()).containsExactly(0.10, 0.11, 0.12);
  }

  @Test
  void overheadIsExtractionBeyondAnnotationOverAnnotation() {
    assertThat(new AnnotationCost.Result(10, 2.0, 2.1).overhead()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void batchesAnnotateEachArticleThenExtractTheWholeBatch() {
    List<Article> articles = List.of(Article.of("x").withId("a"), Article.of("y").withId("b"), Article.of("z").withId("c"),
        Article.of("w").withId("d"), Article.of("v").withId("e"));
    java.util.List<String> calls = new java.util.ArrayList<>();
    AnnotationCost.Result r = AnnotationCost.measureBatches(a -> {
      calls.add(a.id());
      ThroughputTest.sleep(2);
      return a;
    }, batch -> {
      calls.add("batch of " + batch.size());
      ThroughputTest.sleep(3L * batch.size());
      return batch;
    }, articles, 3, 4);
    assertThat(r.articles()).isEqualTo(15);
    assertThat(r.passOverheads()).hasSize(4);
    assertThat(calls).containsExactly("a", "b", "c", "d", "batch of 4", "e", "a", "b", "c", "batch of 4",
        "d", "e", "a", "b", "batch of 4", "c", "d", "e", "batch of 3");
    assertThat(r.overhead()).isBetween(0.1, 1.5);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnnotationCost.measureBatches(a -> a, b -> b, articles, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
