package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;

/** {@link Article} as JSON ({@code id}, {@code text}, {@code publishedDate}, {@code title}). */
public final class ArticleCoder extends JsonCoder<Article> {
  private static final long serialVersionUID = 1L;
  private static final ArticleCoder INSTANCE = new ArticleCoder();

  private ArticleCoder() {
    super(Article.class);
  }

  /**
   * The coder.
   *
   * @return a new coder
   */
  public static ArticleCoder of() {
    return INSTANCE;
  }
}
