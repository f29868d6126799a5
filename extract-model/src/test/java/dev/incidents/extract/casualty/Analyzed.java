package dev.incidents.extract.casualty;

import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;

/** Tokenised texts for rule tests: the TOKENS profile, no model files. */
final class Analyzed {
  private static final CoreNlpAnalyzer TOKENS = new CoreNlpAnalyzer(AnalyzerProfile.TOKENS);

  private Analyzed() {}

  static AnalyzedText tokens(String text) {
    return TOKENS.analyze(Normalizer.standard().normalize(text).text());
  }
}
