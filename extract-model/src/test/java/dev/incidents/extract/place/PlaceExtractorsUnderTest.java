package dev.incidents.extract.place;

import dev.incidents.core.spi.PlaceMention;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.util.List;

/** Runs the bundled extractor over a text with a given analyzer. */
final class PlaceExtractorsUnderTest {
  private PlaceExtractorsUnderTest() {}

  static List<PlaceMention> extract(CoreNlpAnalyzer analyzer, String text) {
    return PlaceTexts.EXTRACTOR.extract(PlaceTexts.analyze(analyzer, text));
  }
}
