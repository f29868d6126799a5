package dev.incidents.extract.actor;

import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Normalizer;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;

/** Analyses test texts with the model-free TOKENS profile. */
public final class ActorTexts {
  private static final CoreNlpAnalyzer TOKENS = new CoreNlpAnalyzer(AnalyzerProfile.TOKENS);

  private ActorTexts() {}

  /** {@code text} normalised and split into sentences and tokens. */
  public static AnalyzedText tokens(String text) {
    return TOKENS.analyze(Normalizer.standard().normalize(text).text());
  }
}
