package dev.incidents.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.bench.SeedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transform and the example pipeline on the DirectRunner, with a fake extraction. */
class JsonlPipelineTest {
  static Map<String, ExtractionResult> readResults(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jsonl"))
          .flatMap(f -> {
            try {
              return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(IncidentJson::readResult)
          .collect(Collectors.toMap(r -> r.document().id(), Function.identity()));
    }
  }

  static JsonlPipeline.Options options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(JsonlPipeline.Options.class);
  }

  @Test
  void jsonlInGivesOneResultPerLineBadLinesAsErrorsAndOneExtractorPerJvm(@TempDir Path tmp) throws IOException {
    List<Article> seeds = SeedCorpus.read(SeedCorpus.locate(null));
    Path input = tmp.resolve("in.jsonl");
    GenerateJsonl.write(input, seeds, 40);
    Files.writeString(input, "{broken\n{\"id\":\"no-text\"}\n\n{\"id\":\"boom\",\"text\":\"EXPLODE\"}\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    JsonlPipeline.Options options = options("--input=" + input, "--output=" + tmp.resolve("out/results"),
        "--targetParallelism=3", "--numShards=2");
    Pipeline p = Pipeline.create(options);
    FakeSupplier supplier = new FakeSupplier("jsonl-test");
    JsonlPipeline.build(p, options, supplier);
    p.run().waitUntilFinish();

    Map<String, ExtractionResult> results = readResults(tmp.resolve("out"), "results");
    assertThat(results).hasSize(43);
    String firstSeed = seeds.get(0).id() + "-0";
    int words = seeds.get(0).text().strip().split("\\s+").length;
    assertThat(results.get(firstSeed).error()).isNull();
    assertThat(results.get(firstSeed).incidents().get(0).totals().get(0).best()).isEqualTo(words);
    assertThat(results.get("no-text").error()).contains("missing \"text\"");
    assertThat(results.get("boom").error()).isEqualTo("extraction failed: fake extractor exploded");
    assertThat(results.values().stream().filter(r -> r.document().id().startsWith("unparsed-"))).singleElement()
        .satisfies(r -> assertThat(r.error()).startsWith("malformed JSON"));
    assertThat(ExtractorHolder.builds("jsonl-test")).isEqualTo(1);
  }

  @Test
  void textFilesInGiveOneResultPerFile(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("first.txt"), "one two three");
    Files.writeString(in.resolve("second.txt"), "one two");
    JsonlPipeline.Options options = options("--input=" + in + "/*.txt", "--output=" + tmp.resolve("out/r"),
        "--format=TEXT", "--numShards=1");
    Pipeline p = Pipeline.create(options);
    JsonlPipeline.build(p, options, new FakeSupplier("text-test"));
    p.run().waitUntilFinish();
    Map<String, ExtractionResult> results = readResults(tmp.resolve("out"), "r");
    assertThat(results.keySet()).containsExactlyInAnyOrder("first", "second");
    assertThat(results.get("first").incidents().get(0).totals().get(0).best()).isEqualTo(3);
    try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void theTransformSharesOneExtractorBetweenItsDoFnInstances(@TempDir Path tmp) throws IOException {
    JsonlPipeline.Options options = options("--targetParallelism=4");
    Pipeline p = Pipeline.create(options);
    List<Article> articles = java.util.stream.IntStream.range(0, 200)
        .mapToObj(i -> Article.of("word ".repeat(i % 7 + 1)).withId("a" + i)).toList();
    p.apply(Create.of(articles))
        .apply(ExtractIncidents.with(new FakeSupplier("shared-test")))
        .apply(org.apache.beam.sdk.transforms.MapElements.into(
            org.apache.beam.sdk.values.TypeDescriptors.strings()).via(IncidentJson::toCompactJson))
        .apply(org.apache.beam.sdk.io.TextIO.write().to(tmp.resolve("t").toString()).withSuffix(".jsonl").withNumShards(1));
    p.run().waitUntilFinish();
    Map<String, ExtractionResult> results = readResults(tmp, "t");
    assertThat(results).hasSize(200);
    assertThat(results.get("a13").incidents().get(0).totals().get(0).best()).isEqualTo(7);
    assertThat(ExtractorHolder.builds("shared-test")).isEqualTo(1);
  }
}
