package dev.incidents.examples.bench;

/** What {@code incidents bench} can measure ({@code --profiles fast,accurate,stock}). */
public enum Target {
  /** {@code IncidentExtractor} with {@code AnalyzerProfile.FAST}: the whole extraction. */
  FAST("fast"),
  /** {@code IncidentExtractor} with {@code AnalyzerProfile.ACCURATE}: the whole extraction. */
  ACCURATE("accurate"),
  /** CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner} with default properties: annotation only. */
  STOCK("stock");

  private final String label;

  Target(String label) {
    this.label = label;
  }

  /**
   * The lower-case name used on the command line and in the report.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
