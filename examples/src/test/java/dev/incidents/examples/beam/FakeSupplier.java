package dev.incidents.examples.beam;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.Fixtures;
import java.util.function.Function;

/** A serializable supplier of {@link Fixtures#fakeExtraction}; each test uses its own key. */
record FakeSupplier(String key) implements ExtractorSupplier {
  @Override
  public Function<Article, ExtractionResult> create() {
    return Fixtures.fakeExtraction(false);
  }
}
