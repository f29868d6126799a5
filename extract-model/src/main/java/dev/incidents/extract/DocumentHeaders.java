package dev.incidents.extract;

import dev.incidents.core.model.Dateline;
import java.time.LocalDate;

/** Reads the publication date and dateline an article states about itself. */
final class DocumentHeaders {
  private DocumentHeaders() {}

  record Header(LocalDate publishedDate, Dateline dateline) {}

  static Header read(String text) {
    return new Header(null, null);
  }
}
