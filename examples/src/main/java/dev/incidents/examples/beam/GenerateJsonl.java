package dev.incidents.examples.beam;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.examples.bench.SeedCorpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON Lines input for {@link JsonlPipeline} of N lines by cycling the seed articles, ids
 * {@code <seed id>-<line>}.
 *
 * <pre>java -cp examples/target/incidents.jar dev.incidents.examples.beam.GenerateJsonl OUT.jsonl 10000 [SEED_DIR]</pre>
 */
public final class GenerateJsonl {
  private GenerateJsonl() {}

  /**
   * Writes a JSON Lines file of articles cycling the seed corpus.
   *
   * @param args the output file, the number of lines and optionally the seed directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: GenerateJsonl OUT.jsonl LINES [SEED_DIR]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int lines = Integer.parseInt(args[1]);
    List<Article> seeds = SeedCorpus.read(SeedCorpus.locate(args.length == 3 ? Path.of(args[2]) : null));
    write(out, seeds, lines);
    System.err.printf("%d line(s) written to %s%n", lines, out);
  }

  /**
   * Writes {@code lines} lines cycling {@code seeds}.
   *
   * @param out the file to write
   * @param seeds the articles to cycle
   * @param lines the number of lines
   * @throws IOException if the file cannot be written
   */
  public static void write(Path out, List<Article> seeds, int lines) throws IOException {
    if (lines < 0 || seeds.isEmpty()) {
      throw new IllegalArgumentException("need seeds and a non-negative line count");
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines; i++) {
        Article seed = seeds.get(i % seeds.size());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", seed.id() + "-" + i);
        line.put("text", seed.text());
        if (seed.publishedDate() != null) {
          line.put("publishedDate", seed.publishedDate().toString());
        }
        w.write(IncidentJson.toCompactJson(line));
        w.write('\n');
      }
    }
  }
}
