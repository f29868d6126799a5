package dev.incidents.examples.cli;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.BatchExtraction;
import dev.incidents.extract.IncidentExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incidents extract}: files or a JSON Lines batch to incident-json-v1 (or ACLED-style CSV). */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Extracts incidents from text files (one result per file, pretty JSON; several files give an array;"
            + " the document id is the file name without extension),",
        "or from a JSON Lines batch (--jsonl: one object per line with id, text and optional publishedDate;"
            + " one compact result per line, in input order)."})
final class ExtractCommand implements Callable<Integer> {
  enum Format { JSON, CSV }

  /**
   * Inputs a worker extracts together ({@link IncidentExtractor#extractAll} on its thread): CoreNLP's
   * data and the rules' each stay in the cache across the batch. An input that cannot be read or
   * extracted fails alone.
   */
  static final int BATCH = IncidentExtractor.BATCH_ARTICLES;

  @ParentCommand
  private IncidentsCli parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private BatchOptions batch;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text files (UTF-8).")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "Batch input in JSON Lines.")
  private Path jsonl;

  @Option(names = "--out", paramLabel = "OUT", description = "Write the output here instead of stdout.")
  private Path out;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
      description = "Publication date (for --jsonl: of the lines that give none).")
  private LocalDate published;

  @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
      description = "json (incident-json-v1) or csv (ACLED-style rows, one per incident). Default ${DEFAULT-VALUE}.")
  private Format format;

  private PrintWriter err;
  private ProgressBar bar;
  private int failed;

  /** What one input gave: its result, and the message to print on stderr when it failed. */
  private record Outcome(ExtractionResult result, String message) {}

  @Override
  public Integer call() throws IOException {
    batch.validate();
    if (jsonl == null && files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give FILE... or --jsonl IN.jsonl");
    }
    if (jsonl != null && !files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either FILE... or --jsonl, not both");
    }
    err = spec.commandLine().getErr();
    if (jsonl != null && !Files.isReadable(jsonl)) {
      err.println("incidents: cannot read " + jsonl);
      return 1;
    }
    long start = System.nanoTime();
    BatchExtraction extraction = parent.factory().extraction(batch.profile.analyzerProfile());
    long count;
    try (Output output = openOutput()) {
      count = jsonl != null ? extractJsonl(extraction, output.writer) : extractFiles(extraction, output.writer);
    }
    err.printf(Locale.ROOT, "incidents: %d document(s) in %.1f s, %d failed%n",
        count, (System.nanoTime() - start) / 1e9, failed);
    err.flush();
    return failed > 0 ? 1 : 0;
  }

  private long extractFiles(BatchExtraction extraction, Writer w) throws IOException {
    List<ExtractionResult> results = new ArrayList<>(files.size());
    bar = progress(files.size());
    OrderedBatch.runInBatches(files.iterator(), BATCH, some -> extractFiles(extraction, some), batch.threads, o -> {
      report(o);
      results.add(o.result());
      if (bar != null) {
        bar.step();
      }
    });
    if (bar != null) {
      bar.finish();
    }
    if (format == Format.CSV) {
      w.write(AcledCsv.header());
      for (ExtractionResult r : results) {
        w.write(AcledCsv.rows(r));
      }
    } else {
      w.write(IncidentJson.toPrettyJson(results.size() == 1 ? results.get(0) : results));
    }
    return results.size();
  }

  private List<Outcome> extractFiles(BatchExtraction extraction, List<Path> some) {
    Outcome[] outcomes = new Outcome[some.size()];
    PendingBatch<String> pending = new PendingBatch<>();
    for (int i = 0; i < some.size(); i++) {
      Path file = some.get(i);
      String id = TextFiles.baseName(file);
      try {
        pending.add(i, Article.of(TextFiles.read(file)).withId(id).publishedOn(published), file.toString());
      } catch (IOException | RuntimeException e) {
        String why = "cannot read " + file + ": " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage());
        outcomes[i] = new Outcome(ExtractionResult.failure(id, why), why);
      }
    }
    return pending.run(extraction, outcomes, ExtractCommand::outcome);
  }

  private long extractJsonl(BatchExtraction extraction, Writer w) throws IOException {
    bar = progress(isProgress() ? TextFiles.countLines(jsonl) : 0);
    long[] count = {0};
    if (format == Format.CSV) {
      w.write(AcledCsv.header());
    }
    try (BufferedReader reader = TextFiles.reader(jsonl)) {
      var lines = new java.util.Iterator<TextFiles.Line>() {
        private final java.util.Iterator<TextFiles.Line> all = TextFiles.lines(reader);
        private TextFiles.Line next;

        @Override
        public boolean hasNext() {
          while (next == null && all.hasNext()) {
            TextFiles.Line line = all.next();
            if (!line.text().isBlank()) {
              next = line;
            } else if (bar != null) {
              bar.step();
            }
          }
          return next != null;
        }

        @Override
        public TextFiles.Line next() {
          hasNext();
          TextFiles.Line line = next;
          next = null;
          return line;
        }
      };
      OrderedBatch.runInBatches(lines, BATCH, some -> extractLines(extraction, some), batch.threads, o -> {
        report(o);
        try {
          w.write(format == Format.CSV ? AcledCsv.rows(o.result()) : IncidentJson.toCompactJson(o.result()) + "\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        count[0]++;
        if (bar != null) {
          bar.step();
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    return count[0];
  }

  private List<Outcome> extractLines(BatchExtraction extraction, List<TextFiles.Line> some) {
    Outcome[] outcomes = new Outcome[some.size()];
    PendingBatch<String> pending = new PendingBatch<>();
    for (int i = 0; i < some.size(); i++) {
      TextFiles.Line line = some.get(i);
      JsonlArticles.Parsed parsed = JsonlArticles.parse(line.text(), line.number(), published);
      String where = jsonl + ":" + line.number();
      if (parsed.ok()) {
        pending.add(i, parsed.article(), where);
      } else {
        outcomes[i] = new Outcome(ExtractionResult.failure(parsed.id(), parsed.error()), where + ": " + parsed.error());
      }
    }
    return pending.run(extraction, outcomes, ExtractCommand::outcome);
  }

  private static Outcome outcome(ExtractionResult result, String where) {
    if (result.error() != null) {
      return new Outcome(result, where + ": " + result.error());
    }
    return new Outcome(result, null);
  }

  private void report(Outcome o) {
    if (o.message() != null) {
      failed++;
      if (bar != null) {
        bar.clear();
      }
      err.println("incidents: " + o.message());
    }
  }

  private boolean isProgress() {
    return batch.showProgress(parent.stderrIsTerminal());
  }

  private ProgressBar progress(long total) {
    return isProgress() ? new ProgressBar(err, total) : null;
  }

  private Output openOutput() throws IOException {
    if (out == null) {
      return new Output(spec.commandLine().getOut(), false);
    }
    return new Output(Files.newBufferedWriter(out, StandardCharsets.UTF_8), true);
  }

  /** Where data goes: stdout (left open) or the --out file (closed at the end). */
  private record Output(Writer writer, boolean owned) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (owned) {
        writer.close();
      } else {
        writer.flush();
      }
    }
  }
}
