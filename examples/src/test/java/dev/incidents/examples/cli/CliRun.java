package dev.incidents.examples.cli;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs the CLI in-process with a fake extraction and captures what it prints. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /** Profiles the factory was asked for, in order. */
  static final List<AnalyzerProfile> PROFILES = new ArrayList<>();

  static CliRun run(Function<Article, ExtractionResult> extraction, String... args) {
    return runWith(profile -> {
      synchronized (PROFILES) {
        PROFILES.add(profile);
      }
      return extraction;
    }, args);
  }

  static CliRun runWith(ExtractorFactory factory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = IncidentsCli.run(factory, false, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
