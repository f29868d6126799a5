package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.BatchExtraction;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Instant;

/**
 * Extracts the incidents of every article: one {@link ExtractionResult} per {@link Article}. The
 * extractor is built in the DoFn's {@code @Setup} through {@link ExtractorHolder}, so the models
 * load once per worker JVM however many DoFn instances the runner makes. Within a bundle, articles
 * are extracted {@value ExtractFn#BATCH} at a time ({@link ExtractFn}). An article whose extraction
 * throws gives {@link ExtractionResult#failure}, never a failed bundle.
 *
 * <pre>{@code
 * PCollection<ExtractionResult> results = articles.apply(ExtractIncidents.fast());
 * }</pre>
 */
public final class ExtractIncidents extends PTransform<PCollection<Article>, PCollection<ExtractionResult>> {
  private static final long serialVersionUID = 1L;

  /** Counter names, in namespace {@code ExtractIncidents}. */
  public static final String ARTICLES = "articles";
  /** Counter of the articles that failed. */
  public static final String FAILURES = "failures";

  /** Builds the extraction function on each worker. */
  private final ExtractorSupplier supplier;

  private ExtractIncidents(ExtractorSupplier supplier) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
  }

  /**
   * With the library's extractor and the FAST profile.
   *
   * @return the transform
   */
  public static ExtractIncidents fast() {
    return with(ExtractorSupplier.models(AnalyzerProfile.FAST));
  }

  /**
   * With the library's extractor and a profile.
   *
   * @param profile the annotator profile
   * @return the transform
   */
  public static ExtractIncidents withProfile(AnalyzerProfile profile) {
    return with(ExtractorSupplier.models(profile));
  }

  /**
   * With any extraction function (a fake in tests).
   *
   * @param supplier builds the extraction function
   * @return the transform
   */
  public static ExtractIncidents with(ExtractorSupplier supplier) {
    return new ExtractIncidents(supplier);
  }

  @Override
  public PCollection<ExtractionResult> expand(PCollection<Article> articles) {
    return articles
        .apply("Extract", ParDo.of(new ExtractFn(supplier)))
        .setCoder(ExtractionResultCoder.of());
  }

  /**
   * The DoFn: shares one extraction function per JVM, and extracts the elements of a bundle that
   * share a window and a timestamp {@value #BATCH} at a time ({@link BatchExtraction#applyAll}), so
   * that CoreNLP's data and the rules' each stay in the cache across the batch. A batch is output
   * when it is full, from the element that fills it (same window and timestamp), and what is left
   * at the end of the bundle is output then, each result with its element's window and timestamp
   * (pane information is not kept for those). At most {@value #MOST_PENDING} elements wait at once;
   * past that an element of a new window or timestamp is extracted at once.
   */
  static final class ExtractFn extends DoFn<Article, ExtractionResult> {
    private static final long serialVersionUID = 1L;
    static final int BATCH = IncidentExtractor.BATCH_ARTICLES;
    static final int MOST_PENDING = 4 * BATCH;

    private final ExtractorSupplier supplier;
    private final Counter articles = Metrics.counter(ExtractIncidents.class, ARTICLES);
    private final Counter failures = Metrics.counter(ExtractIncidents.class, FAILURES);
    private transient BatchExtraction extract;
    /** Elements waiting for their batch to fill, by window and timestamp, in arrival order. */
    private transient Map<Pending, List<Article>> pending;
    private transient int pendingCount;

    /** The window and timestamp a batch's elements share. */
    private record Pending(BoundedWindow window, Instant timestamp) {}

    ExtractFn(ExtractorSupplier supplier) {
      this.supplier = supplier;
    }

    @Setup
    public void setup() {
      extract = ExtractorHolder.get(supplier);
    }

    @StartBundle
    public void startBundle() {
      pending = new LinkedHashMap<>();
      pendingCount = 0;
    }

    @ProcessElement
    public void process(@Element Article article, @Timestamp Instant timestamp, BoundedWindow window,
        OutputReceiver<ExtractionResult> out) {
      articles.inc();
      Pending key = new Pending(window, timestamp);
      List<Article> batch = pending.get(key);
      if (batch == null && pendingCount >= MOST_PENDING) {
        out.output(extract(List.of(article)).get(0));
        return;
      }
      if (batch == null) {
        batch = new ArrayList<>(BATCH);
        pending.put(key, batch);
      }
      batch.add(article);
      pendingCount++;
      if (batch.size() == BATCH) {
        pending.remove(key);
        pendingCount -= batch.size();
        extract(batch).forEach(out::output);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      for (Map.Entry<Pending, List<Article>> e : pending.entrySet()) {
        for (ExtractionResult result : extract(e.getValue())) {
          context.output(result, e.getKey().timestamp(), e.getKey().window());
        }
      }
      pending.clear();
      pendingCount = 0;
    }

    /**
     * The results of a batch, in order; when the batch fails as a whole, each article on its own,
     * so that only the article at fault gives {@link ExtractionResult#failure}.
     */
    private List<ExtractionResult> extract(List<Article> batch) {
      List<ExtractionResult> results = extract.applyAllOrEach(batch, e ->
          "extraction failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      for (ExtractionResult result : results) {
        if (result.error() != null) {
          failures.inc();
        }
      }
      return results;
    }
  }
}
