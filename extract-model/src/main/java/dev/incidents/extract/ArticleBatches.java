package dev.incidents.extract;

import dev.incidents.core.model.Article;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Consecutive batches of the articles an iterator gives, each of at most a given number of
 * articles and {@value IncidentExtractor#BATCH_CHARACTERS} characters (an article longer than that
 * alone), read no further ahead than the batch being made and the one article that closed it.
 * Not thread-safe.
 */
final class ArticleBatches implements Iterator<List<Article>> {
  private final Iterator<Article> in;
  private final int most;
  /** The article read that did not fit in the last batch, or null. */
  private Article held;

  ArticleBatches(Iterator<Article> in, int most) {
    if (most < 1) {
      throw new IllegalArgumentException("need batches of one article at least");
    }
    this.in = Objects.requireNonNull(in, "articles");
    this.most = most;
  }

  @Override
  public boolean hasNext() {
    return held != null || in.hasNext();
  }

  /**
   * The next batch.
   *
   * @return one article at least
   * @throws NullPointerException if an article is null
   */
  @Override
  public List<Article> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<Article> batch = new ArrayList<>(Math.min(most, 16));
    long characters = 0;
    while (batch.size() < most && hasNext()) {
      Article a = held != null ? held : Objects.requireNonNull(in.next(), "article");
      held = null;
      int length = a.text().length();
      if (!batch.isEmpty() && characters + length > IncidentExtractor.BATCH_CHARACTERS) {
        held = a;
        break;
      }
      batch.add(a);
      characters += length;
    }
    return batch;
  }
}
