package dev.incidents.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Reads UTF-8 text leniently: malformed bytes become U+FFFD, never an exception. */
final class TextFiles {
  private TextFiles() {}

  static CharsetDecoder lenientUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /** The whole file as text. */
  static String read(Path file) throws IOException {
    return lenientUtf8().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
  }

  static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), lenientUtf8()), 1 << 16);
  }

  /** The file name without its last extension: {@code a/b/report.v2.txt} gives {@code report.v2}. */
  static String baseName(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Counts lines (for a progress total) without keeping them. */
  static long countLines(Path file) throws IOException {
    try (BufferedReader r = reader(file)) {
      long n = 0;
      while (r.readLine() != null) {
        n++;
      }
      return n;
    }
  }

  /** One input line and its 1-based number. */
  record Line(long number, String text) {}

  /** The lines of a reader, numbered, read lazily. */
  static Iterator<Line> lines(BufferedReader reader) {
    return new Iterator<>() {
      private long number;
      private String next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = reader.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (next == null) {
            done = true;
          } else {
            number++;
          }
        }
        return next != null;
      }

      @Override
      public Line next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Line line = new Line(number, next);
        next = null;
        return line;
      }
    };
  }
}
