package dev.incidents.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.merge.IncidentMerger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code incidents merge}: links reports of the same incident across several results. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = "Reads results of 'incidents extract' (JSON objects or arrays, or JSON Lines) and prints the"
        + " events they report, each with every source's figures and the low/high band.")
final class MergeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "RESULT.json", arity = "1..*", description = "Extraction results.")
  private List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<ExtractionResult> results = new ArrayList<>();
    int failed = 0;
    for (Path f : files) {
      try {
        String text = TextFiles.read(f).strip();
        if (text.startsWith("[") || !text.contains("\n{")) {
          JsonNode node = IncidentJson.mapper().readTree(text);
          for (JsonNode r : node.isArray() ? node : List.of(node)) {
            results.add(IncidentJson.mapper().treeToValue(r, ExtractionResult.class));
          }
        } else {
          for (String line : text.split("\n")) {
            if (!line.isBlank()) {
              results.add(IncidentJson.readResult(line));
            }
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        err.println("incidents: cannot read results from " + f + ": " + e.getMessage());
        failed++;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(IncidentJson.toPrettyJson(new IncidentMerger().merge(results)));
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
