package dev.incidents.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Determinism and safety by construction: no production code reads the clock, opens the
 * network, or loads classes by names that could come from data.
 */
class SourceScanTest {
  private static final Pattern FORBIDDEN = Pattern.compile(
      "LocalDate\\.now|LocalDateTime\\.now|Instant\\.now|ZonedDateTime\\.now|Clock\\.system|new Date\\(\\)"
          + "|new URL\\(|URI\\.create\\(\"http|HttpClient|openConnection|Socket\\("
          + "|Class\\.forName|getDeclaredMethod|getMethod\\(|\\.newInstance\\(|Math\\.random|new Random\\(\\)");

  @Test
  void productionCodeHasNoClockNetworkOrNamedReflection() throws IOException {
    Path repo = Path.of(System.getProperty("repo.dir", ".."));
    List<String> hits = new ArrayList<>();
    for (String module : List.of("core", "extract-model")) {
      Path src = repo.resolve(module).resolve("src/main/java");
      assertThat(src).isDirectory();
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            if (FORBIDDEN.matcher(lines.get(i)).find()) {
              hits.add(repo.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(hits).isEmpty();
  }
}
