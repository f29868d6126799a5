package dev.incidents.core.api;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a module's API listing with the one checked in under {@code api/}; on a difference it
 * writes {@code <name>.received.txt} and fails. Accept a change with {@code -Dapi=overwrite}
 * (refused when {@code CI=true}). Shipped in the core test-jar.
 */
public final class ApiGuard {
  private ApiGuard() {}

  public static void check(Path classesRoot, Path expectedFile) throws IOException {
    String actual = ApiListing.of(classesRoot);
    Path received = expectedFile.resolveSibling(expectedFile.getFileName().toString().replace(".txt", ".received.txt"));
    if ("overwrite".equals(System.getProperty("api"))) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("the API listing cannot be rewritten when CI=true");
      }
      Files.createDirectories(expectedFile.getParent());
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      Files.deleteIfExists(received);
      return;
    }
    String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      Files.writeString(received, actual, StandardCharsets.UTF_8);
      fail("the public API changed: compare " + expectedFile + " with " + received
          + "; if the change is intended, run the build with -Dapi=overwrite and commit the listing");
    }
    Files.deleteIfExists(received);
  }
}
