package dev.incidents.extract;

import dev.incidents.core.api.ApiGuard;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Any change to the extractors' public API is a visible diff of {@code extract-model/api/extract-model.api.txt}. */
class ExtractApiTest {
  @Test
  void publicApiMatchesTheCheckedInListing() throws Exception {
    Path classes = Path.of(IncidentExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ApiGuard.check(classes, Path.of("api/extract-model.api.txt"));
  }
}
