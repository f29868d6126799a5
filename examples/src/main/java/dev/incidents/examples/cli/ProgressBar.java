package dev.incidents.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most every 200 ms. Not thread-safe: call it from
 * the thread that writes the output.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final long total;
  private final long startNanos = System.nanoTime();
  private long done;
  private long lastDraw;
  private boolean drawn;

  /** A bar over {@code total} items ({@code <= 0}: unknown total, shows a count only). */
  ProgressBar(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (!drawn || now - lastDraw >= REDRAW_NANOS || done == total) {
      draw(now);
    }
  }

  /** Blanks the bar's line so that a message can be printed; the next step redraws it. */
  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      drawn = false;
    }
  }

  /** Draws the final state and ends the line. */
  void finish() {
    if (drawn || done > 0) {
      draw(System.nanoTime());
      err.print('\n');
      err.flush();
    }
  }

  private void draw(long now) {
    lastDraw = now;
    drawn = true;
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / seconds;
    StringBuilder line = new StringBuilder("\r");
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, done * WIDTH / total);
      line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
          .append(done).append('/').append(total)
          .append(String.format(Locale.ROOT, " %3d%%", done * 100 / total));
    } else {
      line.append(done).append(" done");
    }
    line.append(String.format(Locale.ROOT, "  %.1f docs/s ", rate));
    err.print(line);
    err.flush();
  }
}
