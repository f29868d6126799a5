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
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
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

  @Test
  void batchesKeepEachElementsWindowAndTimestampAndABadArticleFailsAlone() {
    BATCHES.clear();
    SEEN.clear();
    long minute = 60_000;
    List<TimestampedValue<Article>> in = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      // 70 articles share a timestamp; 30 have one each, over three ten-minute windows
      long at = i < 70 ? 5 * minute : (i - 70) * minute;
      String text = i == 33 ? "EXPLODE here" : "w ".repeat(i % 5 + 1);
      in.add(TimestampedValue.of(Article.of(text).withId("a" + i), new Instant(at)));
      long windowEnd = (at / (10 * minute) + 1) * 10 * minute - 1;
      expected.add("a" + i + "@" + at + "/" + windowEnd + (i == 33 ? " error" : ""));
    }
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=1").create());
    p.apply(Create.timestamped(in))
        .apply(Window.into(FixedWindows.of(Duration.standardMinutes(10))))
        .apply(ExtractIncidents.with(new Recording("batching-test")))
        .apply(ParDo.of(new Record()));
    p.run().waitUntilFinish();
    assertThat(SEEN).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(BATCHES).as("articles are handed over several at a time").anyMatch(n -> n > 1);
    assertThat(BATCHES).allMatch(n -> n <= ExtractIncidents.ExtractFn.BATCH);
  }
  @Test
  void elementsWithTimestampsOfTheirOwnAreStillExtractedTogether() {
    BATCHES.clear();
    SEEN.clear();
    long second = 1_000;
    List<TimestampedValue<Article>> in = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      // every article its own timestamp, over two one-minute windows
      long at = i * second;
      in.add(TimestampedValue.of(Article.of("w ".repeat(i % 3 + 1)).withId("t" + i), new Instant(at)));
      expected.add("t" + i + "@" + at + "/" + ((at / 60_000 + 1) * 60_000 - 1));
    }
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=1").create());
    p.apply(Create.timestamped(in))
        .apply(Window.into(FixedWindows.of(Duration.standardMinutes(1))))
        .apply(ExtractIncidents.with(new Recording("own-timestamps-test")))
        .apply(ParDo.of(new Record()));
    p.run().waitUntilFinish();
    assertThat(SEEN).containsExactlyInAnyOrderElementsOf(expected);
    // the DirectRunner's bundles here hold about ten elements: a batch takes what a bundle has
    assertThat(BATCHES).as("batches across timestamps and windows").anyMatch(n -> n > 2);
    assertThat(BATCHES).allMatch(n -> n <= ExtractIncidents.ExtractFn.BATCH);
  }
  @Test
  void pastTheHeldResultsCapAnElementIsExtractedAloneAndNothingIsLost() {
    int mostHeld = 2;
    BATCHES.clear();
    SEEN.clear();
    List<TimestampedValue<Article>> in = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // every article its own timestamp, in one window: each full batch holds all but one result
      long at = i * 1_000L;
      String text = i == 17 ? "EXPLODE here" : "w ".repeat(i % 4 + 1);
      in.add(TimestampedValue.of(Article.of(text).withId("h" + i), new Instant(at)));
      expected.add("h" + i + "@" + at + "/" + (60_000 - 1) + (i == 17 ? " error" : ""));
    }
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=1").create());
    p.apply(Create.timestamped(in))
        .apply(Window.into(FixedWindows.of(Duration.standardMinutes(1))))
        .apply(ParDo.of(new ExtractIncidents.ExtractFn(new Recording("held-cap-test"), 3, mostHeld)))
        .setCoder(ExtractionResultCoder.of())
        .apply(ParDo.of(new Record()));
    p.run().waitUntilFinish();
    assertThat(SEEN).containsExactlyInAnyOrderElementsOf(expected);
    // a bundle's first full batch holds two results, which reaches the cap: the rest go one at a
    // time (without the cap, a bundle of about ten would go 3, 3, 3, 1)
    long full = BATCHES.stream().filter(n -> n == 3).count();
    long alone = BATCHES.stream().filter(n -> n == 1).count();
    assertThat(full).isPositive();
    assertThat(alone).as("batches %s", BATCHES).isGreaterThan(full);
    assertThat(BATCHES).allMatch(n -> n <= 3);
  }
}
