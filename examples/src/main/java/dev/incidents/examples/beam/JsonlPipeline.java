package dev.incidents.examples.beam;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Example pipeline: text files (one article each, id = file name without extension) or JSON Lines
 * ({@code {"id","text","publishedDate"?}}) in, JSON Lines of incident-json-v1 results out. Bad lines
 * become error results in the output, not failed bundles.
 *
 * <pre>
 * java -cp examples/target/incidents.jar dev.incidents.examples.beam.JsonlPipeline \
 *     --input=articles.jsonl --output=out/results [--format=TEXT] [--profile=ACCURATE] [--numShards=1] \
 *     [--runner=DirectRunner --targetParallelism=2]
 * </pre>
 */
public final class JsonlPipeline {
  private JsonlPipeline() {}

  /** What the input files hold. */
  public enum InputFormat {
    /** One JSON object per line. */
    JSONL,
    /** One article per file. */
    TEXT
  }

  /** The pipeline's options, besides the runner's. */
  public interface Options extends PipelineOptions {
    /**
     * The input file or glob.
     *
     * @return the input
     */
    @Description("Input file or glob (local, gs://, s3://, hdfs:// with the matching Beam file system)")
    @Validation.Required
    String getInput();

    /**
     * Sets the input file or glob.
     *
     * @param value the input
     */
    void setInput(String value);

    /**
     * The output prefix.
     *
     * @return the prefix
     */
    @Description("Output prefix; files are <prefix>-SSSSS-of-NNNNN.jsonl")
    @Validation.Required
    String getOutput();

    /**
     * Sets the output prefix.
     *
     * @param value the prefix
     */
    void setOutput(String value);

    /**
     * The input format.
     *
     * @return the format
     */
    @Description("JSONL (one object per line) or TEXT (one article per file)")
    @Default.Enum("JSONL")
    InputFormat getFormat();

    /**
     * Sets the input format.
     *
     * @param value the format
     */
    void setFormat(InputFormat value);

    /**
     * The annotator profile.
     *
     * @return the profile
     */
    @Description("Annotator profile: FAST or ACCURATE")
    @Default.Enum("FAST")
    AnalyzerProfile getProfile();

    /**
     * Sets the annotator profile.
     *
     * @param value the profile
     */
    void setProfile(AnalyzerProfile value);

    /**
     * The number of output shards, 0 to let the runner choose.
     *
     * @return the number of shards
     */
    @Description("Output shards; 0 lets the runner choose")
    @Default.Integer(0)
    int getNumShards();

    /**
     * Sets the number of output shards.
     *
     * @param value the number of shards
     */
    void setNumShards(int value);

    /**
     * How many keys the reshuffle before extraction spreads articles over; 0 for one random key per
     * article on distributed runners and four per core on the DirectRunner, which runs each key's
     * group as a bundle of its own and pays a fixed cost per bundle.
     *
     * @return the number of buckets
     */
    @Description("Keys the articles are spread over before extraction; 0: one per article, "
        + "or four per core on the DirectRunner")
    @Default.Integer(0)
    int getSpreadBuckets();

    /**
     * Sets the number of spread buckets.
     *
     * @param value the number of buckets
     */
    void setSpreadBuckets(int value);
  }

  /** The reshuffle that breaks fusion with the read, over as many keys as {@link Options#getSpreadBuckets()} says. */
  static Reshuffle.ViaRandomKey<Article> spread(Options options) {
    int buckets = options.getSpreadBuckets();
    if (buckets == 0 && "DirectRunner".equals(options.getRunner().getSimpleName())) {
      buckets = 4 * Runtime.getRuntime().availableProcessors();
    }
    Reshuffle.ViaRandomKey<Article> spread = Reshuffle.viaRandomKey();
    return buckets > 0 ? spread.withNumBuckets(buckets) : spread;
  }

  /**
   * Adds the reading, extraction and writing to {@code pipeline}; returns the results.
   *
   * @param pipeline the pipeline
   * @param options the pipeline options
   * @param supplier builds the extraction function
   * @return the results
   */
  public static PCollection<ExtractionResult> build(Pipeline pipeline, Options options, ExtractorSupplier supplier) {
    PCollection<ExtractionResult> results = switch (options.getFormat()) {
      case JSONL -> {
        PCollectionTuple parsed = pipeline
            .apply("ReadLines", TextIO.read().from(options.getInput()))
            .apply("Parse", new ParseJsonlLines());
        // Reshuffle breaks fusion with the read, so that one big file spreads over every worker
        // thread instead of going through extraction in the read's few bundles.
        PCollection<ExtractionResult> extracted = parsed.get(ParseJsonlLines.ARTICLES)
            .apply("Spread", spread(options))
            .apply("ExtractIncidents", ExtractIncidents.with(supplier));
        yield PCollectionList.of(extracted).and(parsed.get(ParseJsonlLines.FAILURES))
            .apply("WithBadLines", Flatten.pCollections());
      }
      case TEXT -> pipeline
          .apply("Match", FileIO.match().filepattern(options.getInput()))
          .apply("ReadMatches", FileIO.readMatches())
          .apply("ToArticles", ParDo.of(new FileToArticle())).setCoder(ArticleCoder.of())
          .apply("Spread", spread(options))
          .apply("ExtractIncidents", ExtractIncidents.with(supplier));
    };
    TextIO.Write write = TextIO.write().to(options.getOutput()).withSuffix(".jsonl");
    if (options.getNumShards() > 0) {
      write = write.withNumShards(options.getNumShards());
    }
    results
        .apply("ToJson", MapElements.into(TypeDescriptors.strings()).via(IncidentJson::toCompactJson))
        .apply("WriteJsonl", write);
    return results;
  }

  /** One file, one article; the id is the file name without its extension. */
  static final class FileToArticle extends DoFn<FileIO.ReadableFile, Article> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<Article> out) throws IOException {
      String name = file.getMetadata().resourceId().getFilename();
      int dot = name == null ? -1 : name.lastIndexOf('.');
      String id = name == null || name.isBlank() ? "file" : dot > 0 ? name.substring(0, dot) : name;
      out.output(Article.of(new String(file.readFullyAsBytes(), StandardCharsets.UTF_8)).withId(id));
    }
  }

  /**
   * Runs the pipeline with options from the command line.
   *
   * @param args the pipeline options
   */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options, ExtractorSupplier.models(options.getProfile()));
    long t0 = System.nanoTime();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long articles = counter(result, ExtractIncidents.ARTICLES);
    long failures = counter(result, ExtractIncidents.FAILURES);
    System.err.printf(Locale.ROOT, "%s: %d article(s) extracted, %d extraction failure(s), in %.1f s (%.2f articles/s)%n",
        result.getState(), articles, failures, seconds, articles / seconds);
    // Meaningful on the DirectRunner, which runs the workers in this JVM; elsewhere see the worker logs.
    System.err.println("extractor builds in this JVM: " + ExtractorHolder.builds());
  }

  private static long counter(PipelineResult result, String name) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ExtractIncidents.class, name)).build());
    long total = 0;
    for (MetricResult<Long> c : metrics.getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }
}
