package dev.incidents.examples.cli;

import dev.incidents.examples.bench.BenchCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code incidents} command. Stdout carries data only; progress, warnings and timing go to
 * stderr. Exit codes: 0 success, 1 some inputs failed (the rest were still processed), 2 usage
 * error.
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    version = "incidents 0.1.0",
    description = "Turns news articles about armed conflict into structured incidents (incident-json-v1).",
    subcommands = {ExtractCommand.class, EvalCommand.class, DatesCommand.class, MergeCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:some inputs failed (the rest were processed)", "2:usage error"})
public final class IncidentsCli implements Runnable {
  /** Set to 1 by the launcher script when stderr is a terminal (Java cannot tell by itself). */
  static final String STDERR_TTY_ENV = "INCIDENTS_STDERR_TTY";

  private final ExtractorFactory factory;
  private final boolean stderrIsTerminal;

  @Spec
  private CommandSpec spec;

  IncidentsCli(ExtractorFactory factory, boolean stderrIsTerminal) {
    this.factory = factory;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  ExtractorFactory factory() {
    return factory;
  }

  boolean stderrIsTerminal() {
    return stderrIsTerminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract or eval");
  }

  /**
   * Runs the command line with the given extraction and streams; returns the exit code.
   *
   * @param factory builds the extraction function
   * @param stderrIsTerminal whether the error stream is a terminal, for progress display
   * @param out standard output
   * @param err standard error
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(ExtractorFactory factory, boolean stderrIsTerminal, PrintWriter out, PrintWriter err,
      String... args) {
    CommandLine cli = new CommandLine(new IncidentsCli(factory, stderrIsTerminal));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      commandLine.getErr().println("incidents: " + message);
      commandLine.getErr().flush();
      return CommandLine.ExitCode.SOFTWARE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    quietCoreNlp();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(ExtractorFactory.models(), "1".equals(System.getenv(STDERR_TTY_ENV)), out, err, args);
    System.exit(code);
  }

  /** Routes CoreNLP's own Redwood logging to slf4j, which shows warnings and errors only. */
  static void quietCoreNlp() {
    try {
      edu.stanford.nlp.util.logging.RedwoodConfiguration.slf4j().apply();
    } catch (RuntimeException | LinkageError e) {
      // logging set-up is best effort: extraction works without it
    }
  }
}
