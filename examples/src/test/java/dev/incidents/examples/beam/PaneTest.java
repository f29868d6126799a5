package dev.incidents.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/** {@code withBatchSize(1)} keeps every element's pane; batches lose it for the results held to the bundle's end. */
class PaneTest {
  static final Queue<PaneInfo.Timing> TIMINGS = new ConcurrentLinkedQueue<>();

  /** One article for each group, made after a GroupByKey, whose output is an ON_TIME pane. */
  static final class ToArticle extends DoFn<KV<String, Iterable<String>>, Article> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> group, OutputReceiver<Article> out) {
      out.output(Article.of(String.join(" ", group.getValue())).withId(group.getKey()));
    }
  }

  static final class RecordPane extends DoFn<ExtractionResult, Void> {
    @ProcessElement
    public void process(@Element ExtractionResult r, PaneInfo pane) {
      TIMINGS.add(pane.getTiming());
    }
  }

  private static List<PaneInfo.Timing> run(ExtractIncidents extraction) {
    TIMINGS.clear();
    List<KV<String, String>> words = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      words.add(KV.of("g" + i, "word"));
      words.add(KV.of("g" + i, "other"));
    }
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=1").create());
    p.apply(Create.of(words))
        .apply(GroupByKey.create())
        .apply(ParDo.of(new ToArticle()))
        .apply(extraction)
        .apply(ParDo.of(new RecordPane()));
    p.run().waitUntilFinish();
    return List.copyOf(TIMINGS);
  }

  @Test
  void oneAtATimeEveryResultKeepsItsElementsPane() {
    List<PaneInfo.Timing> timings = run(ExtractIncidents.with(new FakeSupplier("pane-one-test")).withBatchSize(1));
    assertThat(timings).hasSize(30).containsOnly(PaneInfo.Timing.ON_TIME);
  }

  @Test
  void inBatchesTheResultsHeldToTheEndOfTheBundleLoseIt() {
    List<PaneInfo.Timing> timings = run(ExtractIncidents.with(new FakeSupplier("pane-batch-test")));
    // the DirectRunner's bundles hold fewer than a batch: every result waits for the bundle's end
    assertThat(timings).hasSize(30).contains(PaneInfo.Timing.UNKNOWN);
  }

  @Test
  void aBatchSizeOutOfRangeIsRefused() {
    ExtractIncidents t = ExtractIncidents.with(new FakeSupplier("pane-range-test"));
    assertThatThrownBy(() -> t.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to " + ExtractIncidents.ExtractFn.BATCH);
    assertThatThrownBy(() -> t.withBatchSize(ExtractIncidents.ExtractFn.BATCH + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(t.withBatchSize(ExtractIncidents.ExtractFn.BATCH)).isNotNull();
  }
}
