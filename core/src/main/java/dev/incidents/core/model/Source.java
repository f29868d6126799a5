package dev.incidents.core.model;

/**
 * Who states a figure or a claim.
 *
 * @param name the party as the text names it ("Pakistani officials", "Reuters"), or null when
 *     the article states it in its own voice
 * @param type the kind of party
 */
public record Source(String name, SourceType type) {
  /** The article's own voice. */
  public static final Source UNATTRIBUTED = new Source(null, SourceType.UNATTRIBUTED);

  /**
   * Turns a blank name into null and checks that only the article's own voice has no name.
   *
   * @param name the party as the text names it ("Pakistani officials", "Reuters"), or null when
   *     the article states it in its own voice
   * @param type the kind of party
   */
  public Source {
    name = Checks.blankToNull(name);
    Checks.required(type, "type");
    Checks.check(name != null || type == SourceType.UNATTRIBUTED,
        "a %s source needs a name", type);
  }
}
