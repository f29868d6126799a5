package dev.incidents.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link IncidentExtractor#extractAll} cuts its articles into batches (no models needed). */
class ExtractAllBatchesTest {
  private static List<Article> articles(int... lengths) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      out.add(Article.of("x".repeat(lengths[i])).withId("a" + i));
    }
    return out;
  }

  private static List<Integer> sizes(List<List<Article>> batches) {
    return batches.stream().map(List::size).toList();
  }

  @Test
  void oneThreadTakesFullBatchesInOrder() {
    List<Article> in = articles(new int[300]);
    List<List<Article>> batches = IncidentExtractor.batches(in, 1);
    assertThat(sizes(batches)).containsExactly(128, 128, 44);
    assertThat(batches.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(in);
  }

  @Test
  void fewArticlesAreSharedAmongTheThreads() {
    assertThat(sizes(IncidentExtractor.batches(articles(new int[5]), 2))).containsExactly(3, 2);
    assertThat(sizes(IncidentExtractor.batches(articles(new int[100]), 8))).containsExactly(13, 13, 13, 13, 13, 13, 13, 9);
    assertThat(sizes(IncidentExtractor.batches(articles(new int[3]), 8))).containsExactly(1, 1, 1);
    assertThat(IncidentExtractor.batches(List.of(), 4)).isEmpty();
  }

  @Test
  void longArticlesCloseABatchEarlyAndALongerOneStandsAlone() {
    int big = IncidentExtractor.BATCH_CHARACTERS / 3;
    int[] lengths = new int[8];
    Arrays.fill(lengths, big);
    lengths[5] = IncidentExtractor.BATCH_CHARACTERS + 1;
    List<List<Article>> batches = IncidentExtractor.batches(articles(lengths), 1);
    assertThat(sizes(batches)).containsExactly(3, 2, 1, 2);
    assertThat(batches).allSatisfy(b -> assertThat(b.size() == 1
        || b.stream().mapToInt(a -> a.text().length()).sum() <= IncidentExtractor.BATCH_CHARACTERS).isTrue());
  }

  @Test
  void aMissingArticleIsNamed() {
    List<Article> in = new ArrayList<>(articles(1, 2));
    in.add(null);
    assertThatThrownBy(() -> IncidentExtractor.batches(in, 1)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("article");
  }

  @Test
  void aStreamIsCutIntoBatchesReadingNoFurtherThanNeeded() {
    int[] read = {0};
    java.util.Iterator<Article> endless = java.util.stream.Stream.generate(() -> Article.of("x".repeat(10)))
        .peek(a -> read[0]++).iterator();
    ArticleBatches batches = new ArticleBatches(endless, IncidentExtractor.BATCH_ARTICLES);
    assertThat(batches.next()).hasSize(IncidentExtractor.BATCH_ARTICLES);
    assertThat(read[0]).isEqualTo(IncidentExtractor.BATCH_ARTICLES);
    assertThat(batches.next()).hasSize(IncidentExtractor.BATCH_ARTICLES);
    assertThat(read[0]).isEqualTo(2 * IncidentExtractor.BATCH_ARTICLES);
  }

  @Test
  void aLongArticleClosesABatchAndOpensTheNext() {
    int big = IncidentExtractor.BATCH_CHARACTERS / 3;
    int[] lengths = {big, big, big, big, 5};
    ArticleBatches batches = new ArticleBatches(articles(lengths).iterator(), 100);
    assertThat(batches.next()).hasSize(3);
    assertThat(batches.hasNext()).isTrue();
    assertThat(batches.next()).extracting(a -> a.text().length()).containsExactly(big, 5);
    assertThat(batches.hasNext()).isFalse();
    assertThatThrownBy(batches::next).isInstanceOf(java.util.NoSuchElementException.class);
    assertThatThrownBy(() -> new ArticleBatches(List.<Article>of().iterator(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
