package dev.incidents.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.examples.bench.SeedCorpus;
import dev.incidents.extract.nlp.AnalyzerProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExtractIncidents} with the real extractor on the DirectRunner: same results as calling it directly. */
class ExtractIncidentsIT {
  @Test
  void theSeedsGiveTheSameResultsAsTheExtractorWithOneBuildPerJvm(@TempDir Path tmp) throws IOException {
    ExtractorSupplier supplier = ExtractorSupplier.models(AnalyzerProfile.FAST);
    Function<Article, ExtractionResult> direct;
    try {
      direct = ExtractorHolder.get(supplier);
    } catch (IllegalArgumentException e) {
      // Only while the fact extractors are not registered yet ("no CasualtyExtractor named 'rules'").
      Assumptions.assumeFalse(String.valueOf(e.getMessage()).matches("no \\w+ named .*"), e.getMessage());
      throw e;
    }
    List<Article> seeds = SeedCorpus.read(SeedCorpus.locate(null));
    List<Article> articles = new java.util.ArrayList<>(seeds);
    articles.addAll(seeds.stream().map(a -> a.withId(a.id() + "-again")).toList());

    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=2").create());
    p.apply(Create.of(articles))
        .apply(ExtractIncidents.with(supplier))
        .apply(MapElements.into(TypeDescriptors.strings()).via(IncidentJson::toCompactJson))
        .apply(TextIO.write().to(tmp.resolve("r").toString()).withSuffix(".jsonl").withNumShards(1));
    p.run().waitUntilFinish();

    Map<String, ExtractionResult> results = JsonlPipelineTest.readResults(tmp, "r");
    assertThat(results).hasSize(articles.size());
    for (Article seed : seeds) {
      ExtractionResult expected = direct.apply(seed);
      assertThat(expected.error()).isNull();
      assertThat(expected.incidents()).isNotEmpty();
      assertThat(IncidentJson.toCompactJson(results.get(seed.id()))).isEqualTo(IncidentJson.toCompactJson(expected));
    }
    assertThat(ExtractorHolder.builds(supplier.key())).isEqualTo(1);
  }
}
