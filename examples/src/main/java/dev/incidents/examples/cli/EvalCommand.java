package dev.incidents.examples.cli;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.BatchExtraction;
import dev.incidents.examples.eval.EvalReport;
import dev.incidents.examples.eval.GoldRecord;
import dev.incidents.examples.eval.Scorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code incidents eval}: extraction over a gold file, scored per field and per slice. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Runs extraction over a gold file (JSON Lines in the format of shared/eval/dev.jsonl) and prints"
        + " per-field accuracy (date, admin1, location, killed, injured, perpetrator), overall and per slice.")
final class EvalCommand implements Callable<Integer> {
  @ParentCommand
  private IncidentsCli parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private BatchOptions batch;

  @Option(names = "--gold", paramLabel = "FILE.jsonl", required = true, description = "The gold file.")
  private Path gold;

  @Option(names = "--show-errors", description = "List each wrong field: id, field, expected, got.")
  private boolean showErrors;

  @Option(names = "--json", description = "Print a JSON object instead of the table.")
  private boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Score the first N records only.")
  private Integer limit;

  private int failed;

  /** A gold record with its extraction, or the message of a line that could not be used. */
  private record Scored(GoldRecord gold, ExtractionResult result, String message) {}

  /** A gold record that was read, and where it comes from. */
  private record Read(GoldRecord gold, String where) {}

  @Override
  public Integer call() throws IOException {
    batch.validate();
    if (limit != null && limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must not be negative, got " + limit);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isReadable(gold)) {
      err.println("incidents: cannot read " + gold);
      return 1;
    }
    long start = System.nanoTime();
    BatchExtraction extraction = parent.factory().extraction(batch.profile.analyzerProfile());
    Scorer scorer = new Scorer();
    EvalReport report = new EvalReport();
    boolean progress = batch.showProgress(parent.stderrIsTerminal());
    long total = progress ? TextFiles.countLines(gold) : 0;
    ProgressBar bar = progress ? new ProgressBar(err, limit == null ? total : Math.min(total, limit)) : null;
    try (BufferedReader reader = TextFiles.reader(gold)) {
      Iterator<TextFiles.Line> lines = limited(TextFiles.lines(reader));
      OrderedBatch.runInBatches(lines, ExtractCommand.BATCH, some -> score(extraction, some), batch.threads, s -> {
        if (s.message() != null) {
          failed++;
          if (bar != null) {
            bar.clear();
          }
          err.println("incidents: " + s.message());
        }
        if (s.gold() != null) {
          report.add(s.gold(), scorer.score(s.gold(), s.result()));
        }
        if (bar != null) {
          bar.step();
        }
      });
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.toJson(showErrors) : report.toTable(showErrors));
    out.flush();
    err.printf(Locale.ROOT, "incidents: %d record(s) scored in %.1f s, %d failed%n",
        report.overall().records(), (System.nanoTime() - start) / 1e9, failed);
    err.flush();
    return failed > 0 ? 1 : 0;
  }

  /**
   * Parses a batch of gold lines and extracts the good records together; a batch that fails as a
   * whole is extracted one record at a time, so only the record at fault fails. A failed
   * extraction is still scored (as an empty result), so totals stay comparable.
   */
  private List<Scored> score(BatchExtraction extraction, List<TextFiles.Line> some) {
    Scored[] scored = new Scored[some.size()];
    PendingBatch<Read> pending = new PendingBatch<>();
    for (int i = 0; i < some.size(); i++) {
      TextFiles.Line line = some.get(i);
      try {
        GoldRecord record = GoldRecord.parse(line.text());
        pending.add(i, Article.of(record.text()).withId(record.id()), new Read(record, where(line)));
      } catch (IllegalArgumentException e) {
        scored[i] = new Scored(null, null, where(line) + ": skipped: " + e.getMessage());
      }
    }
    return pending.run(extraction, scored, (result, read) -> new Scored(read.gold(), result,
        result.error() == null ? null : read.where() + ": " + result.error()));
  }

  private String where(TextFiles.Line line) {
    return gold + ":" + line.number();
  }

  /** The non-blank lines, at most --limit of them. */
  private Iterator<TextFiles.Line> limited(Iterator<TextFiles.Line> all) {
    return new Iterator<>() {
      private int taken;
      private TextFiles.Line next;

      @Override
      public boolean hasNext() {
        if (limit != null && taken >= limit) {
          return false;
        }
        while (next == null && all.hasNext()) {
          TextFiles.Line line = all.next();
          if (!line.text().isBlank()) {
            next = line;
          }
        }
        return next != null;
      }

      @Override
      public TextFiles.Line next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        TextFiles.Line line = next;
        next = null;
        taken++;
        return line;
      }
    };
  }
}
