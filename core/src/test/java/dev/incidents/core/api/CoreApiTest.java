package dev.incidents.core.api;

import dev.incidents.core.model.Span;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Any change to core's public API is a visible diff of {@code core/api/core.api.txt}. */
class CoreApiTest {
  @Test
  void publicApiMatchesTheCheckedInListing() throws Exception {
    Path classes = Path.of(Span.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ApiGuard.check(classes, Path.of("api/core.api.txt"));
  }
}
