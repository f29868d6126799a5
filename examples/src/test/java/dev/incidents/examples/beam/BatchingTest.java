package dev.incidents.examples.beam;

import dev.incidents.examples.BatchExtraction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.IntToLongFunction;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

/** The DoFn extracts in batches and gives every result its element's window and timestamp. */
class BatchingTest {
  /** Sizes of the batches the extraction was handed, and what the pipeline output (DirectRunner: this JVM). */
  static final Queue<Integer> BATCHES = new ConcurrentLinkedQueue<>();
  static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

  /** The fake extraction; a batch holding an article that explodes fails as a whole, as one by one it fails alone. */
  record Recording(String key) implements ExtractorSupplier {
    @Override
    public BatchExtraction create() {
      Function<Article, ExtractionResult> one = Fixtures.fakeExtraction(false);
      return BatchExtraction.of(one, articles -> {
        BATCHES.add(articles.size());
        return articles.stream().map(one).toList();
      });
    }
  }

  /** What came out: the id, the result's timestamp and the end of its window. */
  static final class Record extends DoFn<ExtractionResult, Void> {
    @ProcessElement
    public void process(@Element ExtractionResult r, @Timestamp Instant timestamp, BoundedWindow window) {
      SEEN.add(r.document().id() + "@" + timestamp.getMillis() + "/" + window.maxTimestamp().getMillis()
          + (r.error() == null ? "" : " error"));
    }
  }

  /** Articles with their timestamps, and what the pipeline should output for each. */
  private record Input(List<TimestampedValue<Article>> in, List<String> expected) {}

  /**
   * {@code n} articles "{@code prefix}i", the one at {@code exploding} an article the fake extraction
   * fails on (none when -1), with the timestamps {@code at} gives, in fixed windows of {@code
   * windowMillis}.
   */
  private static Input input(String prefix, int n, IntToLongFunction at, long windowMillis, int exploding) {
    List<TimestampedValue<Article>> in = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long t = at.applyAsLong(i);
      String text = i == exploding ? "EXPLODE here" : "w ".repeat(i % 5 + 1);
      in.add(TimestampedValue.of(Article.of(text).withId(prefix + i), new Instant(t)));
      long windowEnd = (t / windowMillis + 1) * windowMillis - 1;
      expected.add(prefix + i + "@" + t + "/" + windowEnd + (i == exploding ? " error" : ""));
    }
    return new Input(in, expected);
  }

  /**
   * Runs the articles through fixed windows of {@code windowMillis} and {@code extraction} on the
   * DirectRunner, and checks that every article gives one result with its own window and timestamp.
   */
  private static void run(Input input, long windowMillis,
      Function<PCollection<Article>, PCollection<ExtractionResult>> extraction) {
    BATCHES.clear();
    SEEN.clear();
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=1").create());
    PCollection<Article> windowed = p.apply(Create.timestamped(input.in()))
        .apply(Window.into(FixedWindows.of(Duration.millis(windowMillis))));
    extraction.apply(windowed).apply(ParDo.of(new Record()));
    p.run().waitUntilFinish();
    assertThat(SEEN).containsExactlyInAnyOrderElementsOf(input.expected());
  }

  @Test
  void batchesKeepEachElementsWindowAndTimestampAndABadArticleFailsAlone() {
    long minute = 60_000;
    // 70 articles share a timestamp; 30 have one each, over three ten-minute windows
    Input input = input("a", 100, i -> i < 70 ? 5 * minute : (i - 70) * minute, 10 * minute, 33);
    run(input, 10 * minute, articles -> articles.apply(ExtractIncidents.with(new Recording("batching-test"))));
    assertThat(BATCHES).as("articles are handed over several at a time").anyMatch(n -> n > 1);
    assertThat(BATCHES).allMatch(n -> n <= ExtractIncidents.ExtractFn.BATCH);
  }

  @Test
  void elementsWithTimestampsOfTheirOwnAreStillExtractedTogether() {
    // every article its own timestamp, over two one-minute windows
    Input input = input("t", 64, i -> i * 1_000L, 60_000, -1);
    run(input, 60_000, articles -> articles.apply(ExtractIncidents.with(new Recording("own-timestamps-test"))));
    // the DirectRunner's bundles here hold about ten elements: a batch takes what a bundle has
    assertThat(BATCHES).as("batches across timestamps and windows").anyMatch(n -> n > 2);
    assertThat(BATCHES).allMatch(n -> n <= ExtractIncidents.ExtractFn.BATCH);
  }

  @Test
  void pastTheHeldResultsCapAnElementIsExtractedAloneAndNothingIsLost() {
    int mostHeld = 2;
    // every article its own timestamp, in one window: each full batch holds all but one result
    Input input = input("h", 40, i -> i * 1_000L, 60_000, 17);
    run(input, 60_000, articles -> articles
        .apply(ParDo.of(new ExtractIncidents.ExtractFn(new Recording("held-cap-test"), 3, mostHeld)))
        .setCoder(ExtractionResultCoder.of()));
    // a bundle's first full batch holds two results, which reaches the cap: the rest go one at a
    // time (without the cap, a bundle of about ten would go 3, 3, 3, 1)
    long full = BATCHES.stream().filter(n -> n == 3).count();
    long alone = BATCHES.stream().filter(n -> n == 1).count();
    assertThat(full).isPositive();
    assertThat(alone).as("batches %s", BATCHES).isGreaterThan(full);
    assertThat(BATCHES).allMatch(n -> n <= 3);
  }
}
