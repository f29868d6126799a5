package dev.incidents.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything extracted from one article.
 *
 * @param schemaVersion version of the JSON contract, {@value #SCHEMA_VERSION}
 * @param document what is known of the article itself
 * @param incidents the distinct events it reports, background events included but flagged
 * @param aggregates totals it states over several incidents
 * @param warnings what the extractor repaired or could not do
 * @param error why the article could not be processed at all, or null
 */
public record ExtractionResult(
    int schemaVersion,
    DocumentInfo document,
    List<Incident> incidents,
    List<Aggregate> aggregates,
    List<String> warnings,
    String error) {
  /** The version of the JSON contract this library writes. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Checks the schema version and the document and that incident ids are unique.
   *
   * @param schemaVersion version of the JSON contract, {@value #SCHEMA_VERSION}
   * @param document what is known of the article itself
   * @param incidents the distinct events it reports, background events included but flagged
   * @param aggregates totals it states over several incidents
   * @param warnings what the extractor repaired or could not do
   * @param error why the article could not be processed at all, or null
   */
  public ExtractionResult {
    Checks.check(schemaVersion == SCHEMA_VERSION, "unsupported schemaVersion %s", schemaVersion);
    Checks.required(document, "document");
    incidents = Checks.list(incidents, "incidents");
    aggregates = Checks.list(aggregates, "aggregates");
    warnings = Checks.list(warnings, "warnings");
    Set<String> ids = new HashSet<>();
    for (Incident i : incidents) {
      Checks.check(ids.add(i.id()), "incident ids must be unique");
    }
  }

  /**
   * A successful result.
   *
   * @param document what is known of the article
   * @param incidents the incidents it reports
   * @param aggregates totals over several incidents
   * @param warnings what the extractor repaired or could not do
   * @return the result
   */
  public static ExtractionResult of(
      DocumentInfo document, List<Incident> incidents, List<Aggregate> aggregates, List<String> warnings) {
    return new ExtractionResult(SCHEMA_VERSION, document, incidents, aggregates, warnings, null);
  }

  /**
   * The result for an article that could not be processed.
   *
   * @param documentId the document id
   * @param error why it could not be processed
   * @return the failed result
   */
  public static ExtractionResult failure(String documentId, String error) {
    return new ExtractionResult(SCHEMA_VERSION, new DocumentInfo(documentId, null, null, null),
        List.of(), List.of(), List.of(), Checks.required(error, "error"));
  }

  /**
   * Incidents that are the news of the article (not background).
   *
   * @return the incidents not flagged historical
   */
  public List<Incident> currentIncidents() {
    return incidents.stream().filter(i -> !i.historical()).toList();
  }
}
