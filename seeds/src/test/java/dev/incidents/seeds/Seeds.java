package dev.incidents.seeds;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.IncidentExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The seed articles and their extraction, done once per JVM. */
final class Seeds {
  private static final Map<String, ExtractionResult> RESULTS = new ConcurrentHashMap<>();
  private static volatile IncidentExtractor extractor;

  private Seeds() {}

  /** The folder holding {@code <id>.txt} and {@code <id>.expected.json}. */
  static Path dir() {
    String d = System.getProperty("seeds.dir");
    return Path.of(d != null ? d : "src/test/resources/seeds");
  }

  static List<String> ids() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of the seed whose id starts with {@code prefix} ("000"). */
  static String id(String prefix) {
    return ids().stream().filter(i -> i.startsWith(prefix + "_")).findFirst().orElseThrow();
  }

  static String text(String id) {
    try {
      return new String(Files.readAllBytes(dir().resolve(id + ".txt")), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExtractionResult result(String id) {
    return RESULTS.computeIfAbsent(id, k -> extractor().extract(Article.of(text(k)).withId(k)));
  }

  static IncidentExtractor extractor() {
    if (extractor == null) {
      synchronized (Seeds.class) {
        if (extractor == null) {
          extractor = IncidentExtractor.builder().build();
        }
      }
    }
    return extractor;
  }
}
