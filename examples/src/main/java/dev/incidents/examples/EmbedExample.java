package dev.incidents.examples;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.time.LocalDate;

/**
 * Embedding the library: build the extractor once (it loads the models), then call it for each
 * article. Run with an article's text as arguments, or none for a made-up paragraph.
 */
public final class EmbedExample {
  private static final String SAMPLE = "A roadside bomb struck a police van on the outskirts of Marrowfield"
      + " on Saturday, killing three officers and wounding five others, officials said."
      + " No group has claimed responsibility.";

  private EmbedExample() {}

  /**
   * Runs the example.
   *
   * @param args the command-line arguments (unused)
   */
  public static void main(String[] args) {
    String text = args.length > 0 ? String.join(" ", args) : SAMPLE;

    // Build once and share: the extractor is immutable and thread-safe.
    IncidentExtractor extractor = IncidentExtractor.builder().profile(AnalyzerProfile.FAST).build();

    // The publication date anchors relative dates such as "on Saturday".
    Article article = Article.of(text).withId("example").publishedOn(LocalDate.of(2031, 4, 7));
    ExtractionResult result = extractor.extract(article);

    System.out.print(IncidentJson.toPrettyJson(result));
  }
}
