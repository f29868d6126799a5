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

  public Article {
    Checks.required(id, "id");
    Checks.check(!id.isBlank(), "id must not be blank");
    Checks.required(text, "text");
  }

  /** An article with the default id and no publication date. */
  public static Article of(String text) {
    return new Article(DEFAULT_ID, text, null, null);
  }

  public Article withId(String newId) {
    return new Article(newId, text, publishedDate, title);
  }

  public Article publishedOn(LocalDate date) {
    return new Article(id, text, date, title);
  }

  public Article withTitle(String newTitle) {
    return new Article(id, text, publishedDate, newTitle);
  }
}
