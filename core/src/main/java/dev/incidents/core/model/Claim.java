package dev.incidents.core.model;

/**
 * Something a party asserts about an incident: responsibility, a figure, an accusation, a denial
 * or a statement.
 *
 * @param type kind of claim
 * @param claimant the actor or source making it
 * @param target whom an accusation or denial is about, or null
 * @param text what is claimed, in the article's words
 * @param verified true or false when the text says whether it was verified, else null
 * @param span evidence
 */
public record Claim(ClaimType type, String claimant, String target, String text, Boolean verified, Span span) {
  /**
   * Checks the required components; the text defaults to the span's text.
   *
   * @param type kind of claim
   * @param claimant the actor or source making it
   * @param target whom an accusation or denial is about, or null
   * @param text what is claimed, in the article's words
   * @param verified true or false when the text says whether it was verified, else null
   * @param span evidence
   */
  public Claim {
    Checks.required(type, "type");
    Checks.required(claimant, "claimant");
    Checks.required(span, "span");
    target = Checks.blankToNull(target);
    if (text == null) {
      text = span.text();
    }
  }
}
