package dev.incidents.examples.beam;

import dev.incidents.examples.BatchExtraction;
import dev.incidents.examples.Fixtures;

/** A serializable supplier of {@link Fixtures#fakeExtraction}; each test uses its own key. */
record FakeSupplier(String key) implements ExtractorSupplier {
  @Override
  public BatchExtraction create() {
    return Fixtures.fakeExtraction(false)::apply;
  }
}
