package com.example.consumer;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.extract.IncidentExtractor;
import java.time.LocalDate;

/** Extracts one made-up report and prints its incidents. */
public final class Main {
  public static void main(String[] args) {
    String text = "Gunmen killed three police officers and wounded two civilians at a checkpoint in Kandahar "
        + "on Saturday, provincial officials said. No group claimed responsibility.";
    IncidentExtractor extractor = IncidentExtractor.builder().build();
    ExtractionResult result = extractor.extract(Article.of(text).withId("example").publishedOn(LocalDate.of(2025, 3, 3)));
    System.out.print(IncidentJson.toPrettyJson(result));
    if (result.incidents().isEmpty()) {
      throw new IllegalStateException("no incident extracted");
    }
  }
}
