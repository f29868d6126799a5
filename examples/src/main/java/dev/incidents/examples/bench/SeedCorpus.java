package dev.incidents.examples.bench;

import dev.incidents.core.model.Article;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seed articles, read from the repository at run time (the jar does not embed them): every
 * {@code *.txt} of a folder, sorted by name, the id being the file name without extension.
 */
public final class SeedCorpus {
  /** Where the seeds sit in the repository. */
  public static final String REPOSITORY_PATH = "seeds/src/test/resources/seeds";

  private SeedCorpus() {}

  /**
   * The {@code *.txt} files of {@code dir} as articles, sorted by file name.
   *
   * @param dir the directory
   * @return the articles
   * @throws IOException if a file cannot be read
   */
  public static List<Article> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a folder: " + dir);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt articles in " + dir);
    }
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      articles.add(Article.of(Files.readString(file, StandardCharsets.UTF_8))
          .withId(name.substring(0, name.length() - ".txt".length())));
    }
    return List.copyOf(articles);
  }

  /**
   * The seed folder: {@code explicit} when given, else {@value #REPOSITORY_PATH} under the working
   * directory or under a parent of the folder this code was loaded from (so that {@code
   * ./incidents bench} works from anywhere in the repository).
   *
   * @param explicit the folder given on the command line, or null
   * @return the seed folder
   * @throws IOException if no seed folder is found
   */
  public static Path locate(Path explicit) throws IOException {
    if (explicit != null) {
      return explicit;
    }
    Optional<Path> found = under(Path.of("").toAbsolutePath());
    if (found.isEmpty()) {
      found = codeLocation().flatMap(SeedCorpus::under);
    }
    return found.orElseThrow(() -> new IOException(
        "seed articles not found: run from the repository or pass --dir (they are in " + REPOSITORY_PATH + ")"));
  }

  private static Optional<Path> under(Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      Path candidate = p.resolve(REPOSITORY_PATH);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> codeLocation() {
    try {
      return Optional.of(Path.of(SeedCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath());
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
