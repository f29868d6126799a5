package dev.incidents.extract.place;

import dev.incidents.core.spi.PlaceMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Shared fixture of the place tests: the tokens-only analyzer and the bundled extractor, once per JVM. */
final class PlaceTexts {
  static final CoreNlpAnalyzer TOKENS = new CoreNlpAnalyzer(AnalyzerProfile.TOKENS);
  static final GazetteerPlaceExtractor EXTRACTOR = new GazetteerPlaceExtractor(Gazetteer.bundled());

  private PlaceTexts() {}

  static AnalyzedText analyze(CoreNlpAnalyzer analyzer, String text) {
    return analyzer.analyze(Normalizer.standard().normalize(text).text());
  }

  static List<PlaceMention> places(String text) {
    return EXTRACTOR.extract(analyze(TOKENS, text));
  }

  /** The place one would report for the text: the most specific, then the most confident. */
  static Optional<PlaceMention> top(List<PlaceMention> mentions) {
    return mentions.stream().max(Comparator.comparingDouble(PlaceTexts::rank));
  }

  static double rank(PlaceMention m) {
    int specific = switch (m.place().type()) {
      case SITE, AREA -> 5;
      case CITY, TOWN -> 4;
      case DISTRICT -> 3;
      case PROVINCE -> 2;
      case COUNTRY -> 1;
    };
    return m.confidence() + 0.08 * specific;
  }
}
