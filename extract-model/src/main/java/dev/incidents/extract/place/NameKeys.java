package dev.incidents.extract.place;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link Names#key} of the names one article brings up, each made once: scoring compares the key
 * of every reading's name, units and other names with the candidate's, for every candidate and
 * in two rounds. Per call, never shared.
 */
final class NameKeys {
  private final Map<String, String> keys = new HashMap<>();

  /** The key of {@code name}, which must not be null. */
  String of(String name) {
    return keys.computeIfAbsent(name, Names::key);
  }
}
