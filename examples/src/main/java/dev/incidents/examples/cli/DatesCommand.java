package dev.incidents.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ReferenceContext;
import dev.incidents.extract.date.HeaderReader;
import dev.incidents.extract.date.TemporalMention;
import dev.incidents.extract.date.TemporalTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code incidents dates}: every date and time mention with its TIMEX3-style value. */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description = "Tags every date and time mention with its span and a TIMEX3-style value (2025-07-19,"
        + " XXXX-WXX-6, T14:40, PAST_REF, ...). FILE... prints a table; --jsonl writes one line per mention.")
final class DatesCommand implements Callable<Integer> {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final HeaderReader HEADERS = new HeaderReader();

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text files.")
  private List<Path> files = List.of();

  @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "Lines {\"id\",\"text\",\"publishedDate\"?}.")
  private Path jsonl;

  @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where --jsonl output goes (default stdout).")
  private Path outFile;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
      description = "Publication date to resolve relative expressions against.")
  private LocalDate published;

  @Override
  public Integer call() throws IOException {
    if ((jsonl == null) == files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either FILE... or --jsonl IN.jsonl");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (jsonl == null) {
      PrintWriter out = spec.commandLine().getOut();
      int failed = 0;
      for (Path f : files) {
        String text;
        try {
          text = TextFiles.read(f);
        } catch (IOException e) {
          err.println("incidents: cannot read " + f + ": " + e.getMessage());
          failed++;
          continue;
        }
        out.println("# " + f);
        out.printf("%-7s %-7s %-5s %-22s %-26s %s%n", "start", "end", "type", "value", "basis", "text");
        for (TemporalMention m : tag(text, published)) {
          out.printf("%-7d %-7d %-5s %-22s %-26s %s%n", m.span().start(), m.span().end(), m.type(), m.value(),
              m.basis(), m.span().text().replace('\n', ' '));
        }
      }
      out.flush();
      return failed == 0 ? 0 : 1;
    }
    Writer sink = outFile == null ? spec.commandLine().getOut()
        : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
    int failed = 0;
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonlArticles.Parsed p = JsonlArticles.parse(line, n, published);
        if (!p.ok()) {
          err.println("incidents: " + p.id() + ": " + p.error());
          failed++;
          continue;
        }
        Article a = p.article();
        for (TemporalMention m : tag(a.text(), a.publishedDate())) {
          ObjectNode o = IncidentJson.mapper().createObjectNode();
          o.put("doc", a.id());
          o.put("start", m.span().start());
          o.put("end", m.span().end());
          o.put("text", m.span().text());
          o.put("type", m.type().name());
          o.put("value", m.value());
          sink.write(IncidentJson.mapper().writeValueAsString(o));
          sink.write('\n');
        }
      }
    } finally {
      sink.flush();
      if (outFile != null) {
        sink.close();
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /** Mentions of a text, resolved against the given date or, without one, the text's own header or dateline. */
  static List<TemporalMention> tag(String text, LocalDate publishedDate) {
    ReferenceContext context = HEADERS.read(text).context();
    if (publishedDate != null) {
      context = new ReferenceContext(publishedDate, context.dateline());
    }
    return TAGGER.tag(text, context);
  }
}
