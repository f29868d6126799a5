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
}
