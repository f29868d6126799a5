package dev.incidents.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, measured in a fresh JVM: {@link #main} builds a FAST extractor, extracts the first
 * seed article, then reads the heap after a full GC, and prints one line {@value #MARKER}{@code
 * {json}}. {@link #spawn} runs it as a child process on this JVM's class path.
 */
public final class ColdStart {
  static final String MARKER = "COLD-START ";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the fresh JVM measured.
   *
   * @param buildToFirstResultMillis from {@code IncidentExtractor.builder()} to the first result
   * @param jvmStartToFirstResultMillis from the JVM's start to the first result
   * @param heapAfterGcBytes heap used after {@code System.gc()}, with the extractor loaded
   */
  public record Result(long buildToFirstResultMillis, long jvmStartToFirstResultMillis, long heapAfterGcBytes) {}

  private ColdStart() {}

  /**
   * {@code ColdStart SEED_DIR}: the child's side.
   *
   * @param args the seed directory
   * @throws IOException if the seed corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ColdStart SEED_DIR");
      System.exit(2);
    }
    Article first = SeedCorpus.read(Path.of(args[0])).get(0);
    long t0 = System.nanoTime();
    IncidentExtractor extractor = IncidentExtractor.builder().profile(AnalyzerProfile.FAST).build();
    ExtractionResult result = extractor.extract(first);
    long buildToFirst = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    long heap = HeapProbe.usedAfterGc();
    if (result.error() != null) {
      System.err.println("cold start: the first article failed: " + result.error());
      System.exit(1);
    }
    System.out.println(MARKER + JSON.writeValueAsString(Map.of(
        "buildToFirstResultMillis", buildToFirst,
        "jvmStartToFirstResultMillis", sinceJvmStart,
        "heapAfterGcBytes", heap)));
    System.out.flush();
  }

  /**
   * Runs {@link #main} in a child JVM with this JVM's class path and heap settings; waits at most 5 minutes.
   *
   * @param seedDir the seed corpus
   * @return the measurement
   * @throws IOException if the child JVM cannot be run
   */
  public static Result spawn(Path seedDir) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-XX:")) {
        command.add(arg);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ColdStart.class.getName());
    command.add(seedDir.toAbsolutePath().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Deque<String> tail = new ArrayDeque<>();
    String found = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith(MARKER)) {
          found = line.substring(MARKER.length());
        }
        tail.addLast(line);
        if (tail.size() > 20) {
          tail.removeFirst();
        }
      }
    }
    try {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("cold-start JVM did not finish in 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while waiting for the cold-start JVM", e);
    }
    if (process.exitValue() != 0 || found == null) {
      throw new IOException("cold-start JVM failed (exit " + process.exitValue() + "):\n" + String.join("\n", tail));
    }
    return parse(found);
  }

  static Result parse(String json) throws IOException {
    JsonNode n = JSON.readTree(json);
    return new Result(n.path("buildToFirstResultMillis").asLong(), n.path("jvmStartToFirstResultMillis").asLong(),
        n.path("heapAfterGcBytes").asLong());
  }
}
