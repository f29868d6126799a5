package dev.incidents.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated rule and lexicon files that sit beside each package's classes: UTF-8,
 * blank lines and {@code #} comments skipped, the number of columns checked.
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * The rows of resource {@code name} next to {@code owner}.
   *
   * @param columns the accepted numbers of columns (any, when none is given)
   * @throws IllegalStateException when the file is missing or a row has another number of columns
   */
  public static List<String[]> read(Class<?> owner, String name, int... columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + owner.getPackageName().replace('.', '/') + "/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (columns.length > 0 && Arrays.stream(columns).noneMatch(c -> c == cols.length)) {
          throw new IllegalStateException(String.format("%s line %d: expected %s tab-separated columns, got %d",
              name, n, Arrays.toString(columns), cols.length));
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
