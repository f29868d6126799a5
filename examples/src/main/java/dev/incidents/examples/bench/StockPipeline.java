package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.function.Function;

/**
 * The baseline: CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner} with its default properties
 * (SUTime, numeric classifiers and fine-grained KBP regexner on), annotation only. One pipeline,
 * shared by the measuring threads.
 */
public final class StockPipeline implements Function<Article, Annotation> {
  /** The annotators of the baseline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  private final StanfordCoreNLP pipeline;

  /** Loads the stock models (tens of seconds, over a gigabyte of heap). */
  public StockPipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    this.pipeline = new StanfordCoreNLP(p);
  }

  @Override
  public Annotation apply(Article article) {
    Annotation doc = new Annotation(article.text());
    pipeline.annotate(doc);
    return doc;
  }
}
