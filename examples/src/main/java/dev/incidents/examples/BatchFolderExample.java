package dev.incidents.examples;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.IncidentExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extracts every {@code .txt} file of a folder on N threads and writes {@code <name>.json} for each
 * into an output folder.
 *
 * <pre>java ... dev.incidents.examples.BatchFolderExample IN_DIR OUT_DIR [THREADS]</pre>
 */
public final class BatchFolderExample {
  private BatchFolderExample() {}

  /**
   * Runs the example.
   *
   * @param args the command-line arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BatchFolderExample IN_DIR OUT_DIR [THREADS]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();

    List<Path> files;
    try (Stream<Path> listing = Files.list(in)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = name.substring(0, name.length() - ".txt".length());
      articles.add(Article.of(Files.readString(file, StandardCharsets.UTF_8)).withId(id));
    }

    IncidentExtractor extractor = IncidentExtractor.builder().build();
    // Results come back in input order, whatever the number of threads.
    List<ExtractionResult> results = extractor.extractAll(articles, threads);

    Files.createDirectories(out);
    for (ExtractionResult result : results) {
      Path target = out.resolve(result.document().id() + ".json");
      Files.writeString(target, IncidentJson.toPrettyJson(result), StandardCharsets.UTF_8);
    }
    System.err.printf("%d file(s) written to %s%n", results.size(), out);
  }
}
