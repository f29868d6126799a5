package dev.incidents.core.model;

import java.time.LocalDate;

/**
 * What relative dates are resolved against: the publication date the caller gives or a header
 * states, and the dateline. Never the machine's clock.
 *
 * @param publishedDate the publication date, or null
 * @param dateline the dateline, or null
 */
public record ReferenceContext(LocalDate publishedDate, Dateline dateline) {
  private static final ReferenceContext NONE = new ReferenceContext(null, null);

  /**
   * A context with no anchor at all: relative dates stay unresolved.
   *
   * @return the empty context
   */
  public static ReferenceContext none() {
    return NONE;
  }

  /**
   * A context anchored at a publication date.
   *
   * @param date the publication date
   * @return the context
   */
  public static ReferenceContext publishedOn(LocalDate date) {
    return new ReferenceContext(date, null);
  }

  /**
   * The date relative expressions resolve against: the dateline's date, else the publication date.
   *
   * @return the anchor, or null when there is none
   */
  public LocalDate anchor() {
    if (dateline != null && dateline.date() != null) {
      return dateline.date();
    }
    return publishedDate;
  }

  /**
   * What {@link #anchor()} comes from.
   *
   * @return the kind of anchor
   */
  public DateResolution anchorKind() {
    if (dateline != null && dateline.date() != null) {
      return DateResolution.RELATIVE_TO_DATELINE;
    }
    return publishedDate != null ? DateResolution.RELATIVE_TO_PUBLICATION : DateResolution.UNRESOLVED;
  }
}
