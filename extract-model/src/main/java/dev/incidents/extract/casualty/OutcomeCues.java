package dev.incidents.extract.casualty;

import dev.incidents.extract.internal.DataFiles;
import dev.incidents.core.model.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import dev.incidents.extract.internal.Regex;

/** The outcome cues of {@code outcomes.tsv}, compiled. */
final class OutcomeCues {
  private static final String AUX = "(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|gets|who|also|all|both|"
      + "later|reportedly|allegedly|then|subsequently|instantly|immediately|initially|eventually|critically|seriously|"
      + "severely|fatally|mortally|slightly|badly|confirmed|found|left|reported|said|believed|feared|to|presumed|may|might|could|remain|remained|still|now)\\s+){0,5}";

  /** Outcome word right after the victims: group 1 is the auxiliaries, group 2 the cue. */
  final Map<Outcome, Regex> after = new EnumMap<>(Outcome.class);
  /** Cue ending right before a count. */
  final Map<Outcome, Regex> before = new EnumMap<>(Outcome.class);
  /** Running-total cue ending right before a count. */
  final Map<Outcome, Regex> toll = new EnumMap<>(Outcome.class);
  /** Zero statements and the outcomes each one denies. */
  final List<Map.Entry<Regex, List<Outcome>>> zero = new ArrayList<>();

  OutcomeCues() {
    for (String[] row : DataFiles.read(OutcomeCues.class, "outcomes.tsv", 3)) {
      String kind = row[0].trim();
      List<Outcome> outcomes = new ArrayList<>();
      for (String o : row[1].split(",")) {
        outcomes.add(Outcome.valueOf(o.trim()));
      }
      String re = row[2].trim();
      switch (kind) {
        case "AFTER" -> after.put(outcomes.get(0),
            Regex.compile("(?i)^\\s*(" + AUX + ")(" + re + ")\\b"));
        case "BEFORE" -> before.put(outcomes.get(0),
            Regex.compile("(?i)\\b(?:" + re + ")\\s+(?:all\\s+|another\\s+|an\\s+additional\\s+|a\\s+further\\s+|the\\s+|"
                + "a\\s+total\\s+of\\s+|at\\s+least\\s+(?=a\\b))?$"));
        case "TOLL" -> toll.put(outcomes.get(0),
            Regex.compile("(?i)\\b(?:" + re + ")\\s+(?:a\\s+total\\s+of\\s+)?$"));
        case "ZERO" -> zero.add(Map.entry(Regex.compile("(?i)\\b(?:" + re + ")\\b"), List.copyOf(outcomes)));
        default -> throw new IllegalStateException("outcomes.tsv: unknown kind " + kind);
      }
    }
  }
}
