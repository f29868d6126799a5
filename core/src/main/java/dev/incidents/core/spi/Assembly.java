package dev.incidents.core.spi;

import dev.incidents.core.model.Aggregate;
import dev.incidents.core.model.Incident;
import java.util.List;

/**
 * What an assembler makes of an article's facts.
 *
 * @param incidents the incidents
 * @param aggregates totals over several incidents
 * @param warnings what could not be done
 */
public record Assembly(List<Incident> incidents, List<Aggregate> aggregates, List<String> warnings) {
  /**
   * Copies the lists.
   *
   * @param incidents the incidents
   * @param aggregates totals over several incidents
   * @param warnings what could not be done
   */
  public Assembly {
    incidents = List.copyOf(incidents);
    aggregates = List.copyOf(aggregates);
    warnings = List.copyOf(warnings);
  }
}
