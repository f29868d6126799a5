package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.util.Objects;
import java.util.function.Function;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Extracts the incidents of every article: one {@link ExtractionResult} per {@link Article}. The
 * extractor is built in the DoFn's {@code @Setup} through {@link ExtractorHolder}, so the models
 * load once per worker JVM however many DoFn instances the runner makes. An article whose
 * extraction throws gives {@link ExtractionResult#failure}, never a failed bundle.
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

  /** The DoFn: shares one extraction function per JVM. */
  static final class ExtractFn extends DoFn<Article, ExtractionResult> {
    private static final long serialVersionUID = 1L;

    private final ExtractorSupplier supplier;
    private final Counter articles = Metrics.counter(ExtractIncidents.class, ARTICLES);
    private final Counter failures = Metrics.counter(ExtractIncidents.class, FAILURES);
    private transient Function<Article, ExtractionResult> extract;

    ExtractFn(ExtractorSupplier supplier) {
      this.supplier = supplier;
    }

    @Setup
    public void setup() {
      extract = ExtractorHolder.get(supplier);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<ExtractionResult> out) {
      articles.inc();
      ExtractionResult result;
      try {
        result = extract.apply(article);
      } catch (RuntimeException e) {
        result = ExtractionResult.failure(article.id(),
            "extraction failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
      if (result.error() != null) {
        failures.inc();
      }
      out.output(result);
    }
  }
}
