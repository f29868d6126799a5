package dev.incidents.core.model;

import java.time.LocalDate;

/**
 * An article to extract from. {@code Article.of(text).withId("a1").publishedOn(date)}.
 *
 * @param id document id used in incident ids
 * @param text the text exactly as the caller has it; every span indexes it
 * @param publishedDate publication date, or null
 * @param title title, or null
 */
public record Article(String id, String text, LocalDate publishedDate, String title) {
  /** Id used when the caller gives none. */
  public static final String DEFAULT_ID = "doc";

  /**
   * Checks that the id is present and not blank and that the text is present.
   *
   * @param id document id used in incident ids
   * @param text the text exactly as the caller has it; every span indexes it
   * @param publishedDate publication date, or null
   * @param title title, or null
   */
  public Article {
    Checks.required(id, "id");
    Checks.check(!id.isBlank(), "id must not be blank");
    Checks.required(text, "text");
  }

  /**
   * An article with the default id and no publication date.
   *
   * @param text the article text
   * @return the article
   */
  public static Article of(String text) {
    return new Article(DEFAULT_ID, text, null, null);
  }

  /**
   * A copy with another document id.
   *
   * @param newId the document id
   * @return the copy
   */
  public Article withId(String newId) {
    return new Article(newId, text, publishedDate, title);
  }

  /**
   * A copy with a publication date.
   *
   * @param date the publication date, or null
   * @return the copy
   */
  public Article publishedOn(LocalDate date) {
    return new Article(id, text, date, title);
  }

  /**
   * A copy with a title.
   *
   * @param newTitle the title, or null
   * @return the copy
   */
  public Article withTitle(String newTitle) {
    return new Article(id, text, publishedDate, newTitle);
  }
}
