package dev.incidents.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AnnotationCostTest {
  private static final List<Article> FIVE = List.of(Article.of("x").withId("a"), Article.of("y").withId("b"),
      Article.of("z").withId("c"), Article.of("w").withId("d"), Article.of("v").withId("e"));

  @Test
  void timesBothSidesOnEveryArticleAndReportsTheExtraShare() {
    List<Article> articles = FIVE.subList(0, 2);
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
    assertThat(r.blockOverheads()).as("four articles: one block").hasSize(1);
    assertThat(r.blockQuartiles()).as("fewer than four blocks").isNull();
  }

  @Test
  void theSidesTakeTurnsABlockAtATimeNotAnArticle() {
    List<String> calls = new ArrayList<>();
    AnnotationCost.Result r = AnnotationCost.measure(a -> {
      calls.add("annotate " + a.id());
      return a;
    }, block -> {
      block.forEach(a -> calls.add("extract " + a.id()));
      return block;
    }, FIVE.subList(0, 3), 2, 4);
    assertThat(calls).containsExactly("annotate a", "annotate b", "annotate c", "annotate a",
        "extract a", "extract b", "extract c", "extract a", "annotate b", "annotate c", "extract b", "extract c");
    assertThat(r.articles()).isEqualTo(6);
    assertThat(r.blockOverheads()).hasSize(2);
  }

  @Test
  void oneArticleAtATimeRunsInBlocksOfTheStatedSize() {
    List<String> calls = new ArrayList<>();
    AnnotationCost.Result r = AnnotationCost.measure(a -> {
      calls.add("a");
      return a;
    }, a -> {
      calls.add("x");
      return a;
    }, FIVE, 20);
    String expected = "a".repeat(AnnotationCost.BLOCK) + "x".repeat(AnnotationCost.BLOCK);
    assertThat(String.join("", calls)).startsWith(expected + expected).hasSize(200);
    assertThat(r.blockOverheads()).hasSize((100 + AnnotationCost.BLOCK - 1) / AnnotationCost.BLOCK);
  }

  @Test
  void blockQuartilesSayHowMuchTheOverheadVaried() {
    AnnotationCost.Result r = new AnnotationCost.Result(50, 1.0, 1.1, List.of(0.12, 0.08, 0.30, 0.10, 0.11));
    assertThat(r.blockQuartiles()).containsExactly(0.10, 0.11, 0.12);
  }

  @Test
  void overheadIsExtractionBeyondAnnotationOverAnnotation() {
    assertThat(new AnnotationCost.Result(10, 2.0, 2.1).overhead()).isCloseTo(0.05, Offset.offset(1e-9));
  }

  @Test
  void batchesCutEachBlockAfterItIsAnnotated() {
    List<String> calls = new ArrayList<>();
    AnnotationCost.Result r = AnnotationCost.measureBatches(a -> {
      calls.add(a.id());
      ThroughputTest.sleep(2);
      return a;
    }, batch -> {
      calls.add("batch of " + batch.size());
      ThroughputTest.sleep(3L * batch.size());
      return batch;
    }, FIVE, 12, 16);
    assertThat(AnnotationCost.blockOfBatches(16)).isEqualTo(48);
    assertThat(r.articles()).isEqualTo(60);
    assertThat(r.blockOverheads()).hasSize(2);
    assertThat(calls.subList(0, 48)).noneMatch(c -> c.startsWith("batch"));
    assertThat(calls.subList(48, 51)).containsExactly("batch of 16", "batch of 16", "batch of 16");
    assertThat(calls.subList(51, 63)).noneMatch(c -> c.startsWith("batch"));
    assertThat(calls.subList(63, calls.size())).containsExactly("batch of 12");
    assertThat(r.overhead()).isBetween(0.1, 1.5);
    assertThat(AnnotationCost.blockOfBatches(100)).as("a block holds one batch at least").isEqualTo(100);
    assertThatThrownBy(() -> AnnotationCost.measureBatches(a -> a, b -> b, FIVE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnnotationCost.measure(a -> a, b -> b, FIVE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
