package dev.incidents.extract;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.Dateline;
import dev.incidents.core.model.DocumentInfo;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.ReferenceContext;
import dev.incidents.core.spi.ActorExtractor;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.spi.Assembly;
import dev.incidents.core.spi.CasualtyExtractor;
import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.spi.ClaimExtractor;
import dev.incidents.core.spi.DateExtractor;
import dev.incidents.core.spi.DateMention;
import dev.incidents.core.spi.Extractor;
import dev.incidents.core.spi.ExtractorRegistry;
import dev.incidents.core.spi.Facts;
import dev.incidents.core.spi.IncidentAssembler;
import dev.incidents.core.spi.PlaceExtractor;
import dev.incidents.core.spi.PlaceMention;
import dev.incidents.core.spi.Resources;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.LanguageCheck;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.date.HeaderReader;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Extracts incidents from articles. Build one with {@link #builder()}, which loads the models
 * once; the extractor is immutable and thread-safe, so share it.
 *
 * <pre>{@code
 * IncidentExtractor extractor = IncidentExtractor.builder().build();
 * ExtractionResult result = extractor.extract(Article.of(text).publishedOn(LocalDate.of(2025, 7, 20)));
 * }</pre>
 */
public final class IncidentExtractor {
  private static final HeaderReader HEADERS = new HeaderReader();
  private final CoreNlpAnalyzer analyzer;
  private final Normalizer normalizer;
  private final DateExtractor dates;
  private final CasualtyExtractor casualties;
  private final PlaceExtractor places;
  private final ActorExtractor actors;
  private final ClaimExtractor claims;
  private final IncidentAssembler assembler;
  private final int maxCharacters;

  private IncidentExtractor(Builder b, Map<Class<?>, Extractor> chosen) {
    this.analyzer = new CoreNlpAnalyzer(b.profile);
    this.normalizer = b.normalizer;
    this.dates = (DateExtractor) chosen.get(DateExtractor.class);
    this.casualties = (CasualtyExtractor) chosen.get(CasualtyExtractor.class);
    this.places = (PlaceExtractor) chosen.get(PlaceExtractor.class);
    this.actors = (ActorExtractor) chosen.get(ActorExtractor.class);
    this.claims = (ClaimExtractor) chosen.get(ClaimExtractor.class);
    this.assembler = (IncidentAssembler) chosen.get(IncidentAssembler.class);
    this.maxCharacters = b.maxCharacters;
  }

  /**
   * A builder with the default profile and the default extractors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The annotator profile in use.
   *
   * @return the profile
   */
  public AnalyzerProfile profile() {
    return analyzer.profile();
  }

  /**
   * Extracts the incidents of one article. Bad text (empty, not English, damaged) gives an empty
   * or partial result with warnings, never an exception.
   *
   * <p>For many articles, {@link #extractAll} or {@link #extractStream} give the same results for
   * less: called one article at a time, each extractor finds its code and tables pushed out of the
   * processor's caches by CoreNLP and by the extractors before it, and our rules add about twice as
   * much to the annotation as when each extractor runs over a whole batch (README, Speed).
   *
   * @param article the article
   * @return everything extracted from it
   * @throws ArticleTooLargeException if the text is longer than {@link Builder#maxCharacters(int)}
   */
  public ExtractionResult extract(Article article) {
    return finish(prepare(article));
  }

  /**
   * An article read up to the end of annotation: its document information and warnings, and
   * either its analysed text or, when there is nothing to extract, its result.
   */
  private record Prepared(DocumentInfo info, List<String> warnings, ReferenceContext context, AnalyzedText text,
      ExtractionResult early) {}

  /** Normalisation, header, language check and CoreNLP annotation: everything before our rules. */
  private Prepared prepare(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.text().length() > maxCharacters) {
      throw new ArticleTooLargeException(article.id(), article.text().length(), maxCharacters);
    }
    Normalizer.Normalized normalized = normalizer.normalize(article.text());
    List<String> warnings = new ArrayList<>(normalized.warnings());
    HeaderReader.Header header = HEADERS.read(normalized.text().text());
    LocalDate published = article.publishedDate() != null ? article.publishedDate() : header.publishedDate();
    Dateline dateline = header.dateline();
    DocumentInfo info = new DocumentInfo(article.id(), published, dateline, article.title());
    if (normalized.text().text().isBlank()) {
      warnings.add("empty text: nothing to extract");
      return new Prepared(info, warnings, null, null, ExtractionResult.of(info, List.of(), List.of(), warnings));
    }
    if (!LanguageCheck.isEnglish(normalized.text().text())) {
      warnings.add("not English: the extractors read English news only; nothing extracted");
      return new Prepared(info, warnings, null, null, ExtractionResult.of(info, List.of(), List.of(), warnings));
    }
    ReferenceContext context = new ReferenceContext(published, dateline);
    return new Prepared(info, warnings, context, analyzer.analyze(normalized.text()), null);
  }

  /** The extractors and the assembly on an annotated article. */
  private ExtractionResult finish(Prepared p) {
    return finishAll(List.of(p)).get(0);
  }

  /** The assembly of an article's facts into its result. */
  private ExtractionResult assemble(Prepared p, Facts facts) {
    Assembly assembly = assembler.assemble(p.info().id(), p.text(), p.context(), facts);
    List<String> warnings = new ArrayList<>(p.warnings());
    warnings.addAll(assembly.warnings());
    return ExtractionResult.of(p.info(), assembly.incidents(), assembly.aggregates(), warnings);
  }

  /**
   * Articles annotated together before the rules run on them ({@link #extractAll}): at most this
   * many. A caller whose articles come one after another can hand them to {@link #extractStream},
   * which reads them this many at a time.
   */
  public static final int BATCH_ARTICLES = 128;
  /**
   * The most characters a batch holds (an article longer than that alone): a bound on the
   * annotations held at once, about 45 bytes a character (a seed article of 4,000 characters
   * analysed holds 180 KB), so some 27 MB a thread.
   */
  static final int BATCH_CHARACTERS = 600_000;

  /**
   * Extracts many articles on {@code threads} threads; results come in input order and are the
   * same as one by one. Each thread takes the articles a batch at a time (up to 128 articles or
   * 600,000 characters, fewer when there are too few to keep every thread busy): it annotates the
   * whole batch, then runs each extractor over the whole batch in turn, so that CoreNLP's data and
   * each extractor's rules stay in the processor's cache from one article to the next instead of
   * pushing each other out between every two. Prefer it to {@link #extract} in a loop when the
   * articles are at hand.
   *
   * @param articles the articles
   * @param threads the number of threads to use
   * @return one result per article, in input order
   */
  public List<ExtractionResult> extractAll(List<Article> articles, int threads) {
    List<List<Article>> batches = batches(articles, Math.max(1, threads));
    if (threads <= 1 || batches.size() <= 1) {
      List<ExtractionResult> out = new ArrayList<>(articles.size());
      batches.forEach(batch -> out.addAll(extractBatch(batch)));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<ExtractionResult>>> futures = new ArrayList<>();
      for (List<Article> batch : batches) {
        futures.add(pool.submit(() -> extractBatch(batch)));
      }
      List<ExtractionResult> out = new ArrayList<>(articles.size());
      for (Future<List<ExtractionResult>> f : futures) {
        out.addAll(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("extraction failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Extracts a stream of articles on the calling thread, a batch at a time as {@link #extractAll}
   * does (up to {@value #BATCH_ARTICLES} articles or {@value #BATCH_CHARACTERS} characters), for a
   * caller whose articles come one after another (a feed, a file read line by line) rather than in
   * a list: about half the cost of our rules one article at a time (README, Speed). The results
   * come lazily and in input order, the same as one by one; the input is read no further ahead
   * than the batch being extracted and the article that closed it. Closing the returned stream
   * closes {@code articles}. An article that {@link #extract} would refuse (too large) fails the
   * stream with the same exception when its batch is reached.
   *
   * @param articles the articles, none null
   * @return one result per article, in input order
   */
  public Stream<ExtractionResult> extractStream(Stream<Article> articles) {
    ArticleBatches batches = new ArticleBatches(articles.iterator(), BATCH_ARTICLES);
    Iterator<ExtractionResult> results = new Iterator<>() {
      private Iterator<ExtractionResult> batch = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!batch.hasNext() && batches.hasNext()) {
          batch = extractBatch(batches.next()).iterator();
        }
        return batch.hasNext();
      }

      @Override
      public ExtractionResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return batch.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(articles::close);
  }

  private List<ExtractionResult> extractBatch(List<Article> batch) {
    List<Prepared> prepared = new ArrayList<>(batch.size());
    for (Article a : batch) {
      prepared.add(prepare(a));
    }
    return finishAll(prepared);
  }

  /**
   * The extractors and the assembly on annotated articles, run extractor by extractor over the
   * whole batch rather than article by article: each extractor's code, rules and lexicons stay in
   * the processor's cache from one article to the next. The extractors share no state, so each
   * result is that of its article alone.
   */
  private List<ExtractionResult> finishAll(List<Prepared> batch) {
    int n = batch.size();
    List<List<ActorMention>> actorsOf = new ArrayList<>(n);
    List<List<DateMention>> datesOf = new ArrayList<>(n);
    List<List<CasualtyMention>> casualtiesOf = new ArrayList<>(n);
    List<List<PlaceMention>> placesOf = new ArrayList<>(n);
    for (Prepared p : batch) {
      actorsOf.add(p.early() == null ? actors.extract(p.text()) : null);
    }
    for (Prepared p : batch) {
      datesOf.add(p.early() == null ? dates.extract(p.text(), p.context()) : null);
    }
    for (Prepared p : batch) {
      casualtiesOf.add(p.early() == null ? casualties.extract(p.text()) : null);
    }
    for (Prepared p : batch) {
      placesOf.add(p.early() == null ? places.extract(p.text()) : null);
    }
    List<Facts> factsOf = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Prepared p = batch.get(i);
      factsOf.add(p.early() != null ? null : new Facts(datesOf.get(i), casualtiesOf.get(i), placesOf.get(i),
          actorsOf.get(i), claims.extract(p.text(), actorsOf.get(i))));
    }
    List<ExtractionResult> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Prepared p = batch.get(i);
      out.add(p.early() != null ? p.early() : assemble(p, factsOf.get(i)));
    }
    return out;
  }

  /**
   * {@code articles} cut into consecutive batches of at most {@value #BATCH_ARTICLES} articles and
   * {@value #BATCH_CHARACTERS} characters (an article longer than that alone), and of at most
   * {@code articles / threads} articles, rounded up, so that every thread gets some.
   */
  static List<List<Article>> batches(List<Article> articles, int threads) {
    int most = Math.min(BATCH_ARTICLES, Math.max(1, (articles.size() + threads - 1) / threads));
    List<List<Article>> out = new ArrayList<>();
    new ArticleBatches(articles.iterator(), most).forEachRemaining(out::add);
    return out;
  }

  /** Configures an {@link IncidentExtractor}. Every setting is typed; nothing is read from strings. */
  public static final class Builder {
    private static final Map<Class<? extends Extractor>, String> DEFAULT_NAMES = Map.of(
        DateExtractor.class, "rules",
        CasualtyExtractor.class, "rules",
        PlaceExtractor.class, "gazetteer",
        ActorExtractor.class, "lexicon",
        ClaimExtractor.class, "rules",
        IncidentAssembler.class, "rules");

    /** Default {@link #maxCharacters(int)}: far longer than any news article. */
    public static final int DEFAULT_MAX_CHARACTERS = 500_000;

    private AnalyzerProfile profile = AnalyzerProfile.FAST;
    private int maxCharacters = DEFAULT_MAX_CHARACTERS;
    private Normalizer normalizer = Normalizer.standard();
    private ExtractorRegistry registry;
    private final Resources resources = new Resources();
    private final Map<Class<?>, Extractor> given = new HashMap<>();
    private final Map<Class<?>, String> names = new HashMap<>(DEFAULT_NAMES);

    private Builder() {}

    /**
     * The annotator profile (default {@link AnalyzerProfile#FAST}).
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(AnalyzerProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * The longest text accepted; longer ones fail with {@link ArticleTooLargeException}.
     *
     * @param maxCharacters the limit in characters, at least 1
     * @return this builder
     */
    public Builder maxCharacters(int maxCharacters) {
      if (maxCharacters < 1) {
        throw new IllegalArgumentException("maxCharacters must be positive, not " + maxCharacters);
      }
      this.maxCharacters = maxCharacters;
      return this;
    }

    /**
     * Replaces the text normaliser.
     *
     * @param normalizer the normaliser
     * @return this builder
     */
    public Builder normalizer(Normalizer normalizer) {
      this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
      return this;
    }

    /**
     * Looks extractors up in this registry instead of the class path's.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(ExtractorRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Selects the registered extractor of a kind by name; an unknown name fails at {@link #build()}.
     *
     * @param <T> the kind of extractor
     * @param kind the SPI interface
     * @param name the registered name
     * @return this builder
     */
    public <T extends Extractor> Builder use(Class<T> kind, String name) {
      names.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(name, "name"));
      given.remove(kind);
      return this;
    }

    /**
     * Uses this extractor instance for its kind.
     *
     * @param <T> the kind of extractor
     * @param kind the SPI interface
     * @param extractor the extractor
     * @return this builder
     */
    public <T extends Extractor> Builder use(Class<T> kind, T extractor) {
      given.put(Objects.requireNonNull(kind, "kind"), kind.cast(Objects.requireNonNull(extractor, "extractor")));
      return this;
    }

    /**
     * Supplies a shared resource (a gazetteer, an actor lexicon) that replaces the bundled one.
     *
     * @param <T> the resource type
     * @param type the resource type
     * @param value the resource
     * @return this builder
     */
    public <T> Builder resource(Class<T> type, T value) {
      resources.put(type, value);
      return this;
    }

    /**
     * Builds the extractor, loading models and data.
     *
     * @return the extractor
     */
    public IncidentExtractor build() {
      ExtractorRegistry reg = registry != null ? registry : ExtractorRegistry.load();
      Map<Class<?>, Extractor> chosen = new HashMap<>(given);
      for (Map.Entry<Class<? extends Extractor>, String> e : DEFAULT_NAMES.entrySet()) {
        Class<? extends Extractor> kind = e.getKey();
        if (!chosen.containsKey(kind)) {
          chosen.put(kind, create(reg, kind, names.get(kind)));
        }
      }
      IncidentExtractor x = new IncidentExtractor(this, chosen);
      x.analyzer.warmUp();
      return x;
    }

    private <T extends Extractor> T create(ExtractorRegistry reg, Class<T> kind, String name) {
      return reg.provider(kind, name).create(resources);
    }
  }
}
