package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;
import dev.incidents.examples.cli.JsonlArticles;
import dev.incidents.core.model.ExtractionResult;
import java.util.HexFormat;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * JSON Lines to articles: each line an object with {@code id}, {@code text} and optionally {@code
 * publishedDate} (YYYY-MM-DD or null); other fields are ignored. A line that is not such an object
 * goes to {@link #FAILURES} as an error result, with its id when it has one, else {@code
 * unparsed-<hash of the line>} (TextIO gives no line numbers). Blank lines are skipped.
 */
public final class ParseJsonlLines extends PTransform<PCollection<String>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The articles read. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  /** The error results of bad lines. */
  public static final TupleTag<ExtractionResult> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<String> lines) {
    PCollectionTuple out = lines.apply("ParseJsonl",
        ParDo.of(new ParseFn()).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
    out.get(ARTICLES).setCoder(ArticleCoder.of());
    out.get(FAILURES).setCoder(ExtractionResultCoder.of());
    return out;
  }

  /** A parsed line: the article, or the error result. */
  record Parsed(Article article, ExtractionResult failure) {}

  /** Parses one line; null for a blank line. */
  static Parsed parse(String line) {
    if (line.isBlank()) {
      return null;
    }
    JsonlArticles.Parsed p = JsonlArticles.parse(line, "unparsed-" + HexFormat.of().toHexDigits(line.hashCode()), null);
    return p.ok() ? new Parsed(p.article(), null) : new Parsed(null, ExtractionResult.failure(p.id(), p.error()));
  }

  static final class ParseFn extends DoFn<String, Article> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element String line, MultiOutputReceiver out) {
      Parsed parsed = parse(line);
      if (parsed == null) {
        return;
      }
      if (parsed.article() != null) {
        out.get(ARTICLES).output(parsed.article());
      } else {
        out.get(FAILURES).output(parsed.failure());
      }
    }
  }
}
