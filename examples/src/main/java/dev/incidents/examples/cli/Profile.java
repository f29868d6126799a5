package dev.incidents.examples.cli;

import dev.incidents.extract.nlp.AnalyzerProfile;

/** The annotator profiles the CLI offers ({@code --profile fast|accurate}). */
enum Profile {
  FAST(AnalyzerProfile.FAST),
  ACCURATE(AnalyzerProfile.ACCURATE);

  private final AnalyzerProfile analyzerProfile;

  Profile(AnalyzerProfile analyzerProfile) {
    this.analyzerProfile = analyzerProfile;
  }

  AnalyzerProfile analyzerProfile() {
    return analyzerProfile;
  }
}
