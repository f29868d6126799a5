package dev.incidents.core.model;

import java.time.LocalDate;

/**
 * What the result knows about the article itself.
 *
 * @param id the document id given by the caller
 * @param publishedDate the publication date (given by the caller or read from a header), or null
 * @param dateline the dateline found at the top of the text, or null
 * @param title the title, or null
 */
public record DocumentInfo(String id, LocalDate publishedDate, Dateline dateline, String title) {
  /**
   * Checks that the id is present and turns a blank title into null.
   *
   * @param id the document id given by the caller
   * @param publishedDate the publication date (given by the caller or read from a header), or null
   * @param dateline the dateline found at the top of the text, or null
   * @param title the title, or null
   */
  public DocumentInfo {
    Checks.required(id, "id");
    title = Checks.blankToNull(title);
  }
}
