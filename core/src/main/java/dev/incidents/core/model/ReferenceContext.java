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

  /** A context with no anchor at all: relative dates stay unresolved. */
  public static ReferenceContext none() {
    return NONE;
  }

  /** A context anchored at a publication date. */
  public static ReferenceContext publishedOn(LocalDate date) {
    return new ReferenceContext(date, null);
  }

  /** The date relative expressions resolve against: the dateline's date, else the publication date. */
  public LocalDate anchor() {
    if (dateline != null && dateline.date() != null) {
      return dateline.date();
    }
    return publishedDate;
  }

  /** What {@link #anchor()} comes from. */
  public DateResolution anchorKind() {
    if (dateline != null && dateline.date() != null) {
      return DateResolution.RELATIVE_TO_DATELINE;
    }
    return publishedDate != null ? DateResolution.RELATIVE_TO_PUBLICATION : DateResolution.UNRESOLVED;
  }
}
