package dev.incidents.extract.nlp;

import java.util.List;

/**
 * Which CoreNLP annotators run. Typed, so that a misspelled property cannot quietly select a slow
 * default pipeline.
 */
public enum AnalyzerProfile {
  /** Tokens and sentences only; needs no model files. For rule tests and the cheapest runs. */
  TOKENS(List.of("tokenize", "ssplit"), false),
  /**
   * Tokens and the 3-class NER model, without SUTime or fine-grained NER. The NER model reads words,
   * shapes and word clusters, not part-of-speech tags, so neither tagger nor lemmatiser runs.
   */
  FAST(List.of("tokenize", "ssplit", "ner"), false),
  /** As {@link #FAST}, with the 4-class NER model adding MISC entities. */
  ACCURATE(List.of("tokenize", "ssplit", "ner"), true);

  private final List<String> annotators;
  private final boolean fourClassNer;

  AnalyzerProfile(List<String> annotators, boolean fourClassNer) {
    this.annotators = annotators;
    this.fourClassNer = fourClassNer;
  }

  /**
   * The annotators, in order.
   *
   * @return the annotator names
   */
  public List<String> annotators() {
    return annotators;
  }

  boolean fourClassNer() {
    return fourClassNer;
  }

  /**
   * The profile named {@code name} (case-insensitive); an unknown name fails listing the known ones.
   *
   * @param name the profile name
   * @return the profile
   */
  public static AnalyzerProfile named(String name) {
    for (AnalyzerProfile p : values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + name + "'; known: " + List.of(values()));
  }
}
