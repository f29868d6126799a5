package dev.incidents.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that extract: threads, profile, progress. */
final class BatchOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Extraction threads (default ${DEFAULT-VALUE}); output is identical whatever N.")
  int threads;

  @Option(names = "--profile", paramLabel = "fast|accurate", defaultValue = "fast",
      description = "Annotator profile: fast or accurate (default ${DEFAULT-VALUE}).")
  Profile profile;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on stderr (default: only when stderr is a terminal).")
  Boolean progress;

  void validate() {
    if (threads < 1) {
      throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, got " + threads);
    }
  }

  boolean showProgress(boolean stderrIsTerminal) {
    return progress != null ? progress : stderrIsTerminal;
  }
}
