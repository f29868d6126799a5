package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.BatchExtraction;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
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
  /** Articles extracted together within a bundle. */
  private final int batch;

  private ExtractIncidents(ExtractorSupplier supplier, int batch) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
    this.batch = batch;
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
    return new ExtractIncidents(supplier, ExtractFn.BATCH);
  }

  /**
   * The same transform extracting {@code articles} articles together within a bundle instead of
   * {@value ExtractFn#BATCH}. {@code withBatchSize(1)} outputs every result from its own element, so
   * it keeps the element's pane information as well as its window and timestamp: for a pipeline
   * that reads panes downstream (after a triggered {@code GroupByKey}), at the cost of our rules
   * run one article at a time (about twice their cost in batches; README, Speed).
   *
   * @param articles how many articles to extract together, 1 to {@value ExtractFn#BATCH}
   * @return the transform
   * @throws IllegalArgumentException if {@code articles} is out of that range
   */
  public ExtractIncidents withBatchSize(int articles) {
    if (articles < 1 || articles > ExtractFn.BATCH) {
      throw new IllegalArgumentException(
          "batch size must be 1 to " + ExtractFn.BATCH + " articles, was " + articles);
    }
    return new ExtractIncidents(supplier, articles);
  }

  @Override
  public PCollection<ExtractionResult> expand(PCollection<Article> articles) {
    return articles
        .apply("Extract", ParDo.of(new ExtractFn(supplier, batch)))
        .setCoder(ExtractionResultCoder.of());
  }

  /**
   * The DoFn: shares one extraction function per JVM, and extracts the elements of a bundle
   * {@value #BATCH} at a time ({@link BatchExtraction#applyAll}), whatever their windows and
   * timestamps, so that CoreNLP's data and the rules' each stay in the cache across the batch. When
   * a batch is full, the results of the elements that share the window, timestamp and pane of the
   * element that filled it are output at once; the others are held and output at the end of the
   * bundle, each with its element's window and timestamp (pane information is not kept for those:
   * {@link ExtractIncidents#withBatchSize withBatchSize(1)} keeps it). At most {@value #HELD_BATCHES}
   * batches of results are held: past that, an element is extracted and output at once.
   */
  static final class ExtractFn extends DoFn<Article, ExtractionResult> {
    private static final long serialVersionUID = 1L;
    static final int BATCH = IncidentExtractor.BATCH_ARTICLES;
    /** How many batches of results may wait for the end of a bundle. */
    static final int HELD_BATCHES = 16;

    private final ExtractorSupplier supplier;
    private final int batch;
    private final int mostHeld;
    private final Counter articles = Metrics.counter(ExtractIncidents.class, ARTICLES);
    private final Counter failures = Metrics.counter(ExtractIncidents.class, FAILURES);
    private transient BatchExtraction extract;
    /** Elements waiting for their batch to fill, in arrival order, each with its window, timestamp and pane. */
    private transient List<Placed<Article>> pending;
    /** Results of another window, timestamp or pane than the element that filled their batch, for the end of the bundle. */
    private transient List<Placed<ExtractionResult>> held;

    /** A value with the window, timestamp and pane of its element. */
    private record Placed<T>(T value, BoundedWindow window, Instant timestamp, PaneInfo pane) {
      boolean sharesPlaceWith(BoundedWindow w, Instant t, PaneInfo p) {
        return window.equals(w) && timestamp.equals(t) && pane.equals(p);
      }
    }

    ExtractFn(ExtractorSupplier supplier, int batch) {
      this(supplier, batch, HELD_BATCHES * batch);
    }

    /** With other sizes than the defaults: the DirectRunner's small bundles reach them in tests. */
    ExtractFn(ExtractorSupplier supplier, int batch, int mostHeld) {
      if (batch < 1 || mostHeld < 0) {
        throw new IllegalArgumentException("need batches of one article at least and no negative hold");
      }
      this.supplier = supplier;
      this.batch = batch;
      this.mostHeld = mostHeld;
    }

    @Setup
    public void setup() {
      extract = ExtractorHolder.get(supplier);
    }

    @StartBundle
    public void startBundle() {
      pending = new ArrayList<>(batch);
      held = new ArrayList<>();
    }

    @ProcessElement
    public void process(@Element Article article, @Timestamp Instant timestamp, BoundedWindow window,
        PaneInfo pane, OutputReceiver<ExtractionResult> out) {
      articles.inc();
      if (held.size() >= mostHeld) {
        out.output(extract(List.of(article)).get(0));
        return;
      }
      pending.add(new Placed<>(article, window, timestamp, pane));
      if (pending.size() < batch) {
        return;
      }
      List<ExtractionResult> results = extractPending();
      for (int i = 0; i < results.size(); i++) {
        Placed<Article> e = pending.get(i);
        if (e.sharesPlaceWith(window, timestamp, pane)) {
          out.output(results.get(i));
        } else {
          held.add(new Placed<>(results.get(i), e.window(), e.timestamp(), e.pane()));
        }
      }
      pending.clear();
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      List<ExtractionResult> results = extractPending();
      for (int i = 0; i < results.size(); i++) {
        Placed<Article> e = pending.get(i);
        held.add(new Placed<>(results.get(i), e.window(), e.timestamp(), e.pane()));
      }
      for (Placed<ExtractionResult> e : held) {
        context.output(e.value(), e.timestamp(), e.window());
      }
      pending.clear();
      held.clear();
    }

    /** The results of the pending elements, in their order. */
    private List<ExtractionResult> extractPending() {
      return extract(pending.stream().map(Placed::value).toList());
    }

    /**
     * The results of a batch, in order; when the batch fails as a whole, each article on its own,
     * so that only the article at fault gives {@link ExtractionResult#failure}.
     */
    private List<ExtractionResult> extract(List<Article> some) {
      List<ExtractionResult> results = extract.applyAllOrEach(some, e ->
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
