package dev.incidents.extract.incident;

import dev.incidents.core.model.EventType;
import dev.incidents.core.model.SubEventType;
import dev.incidents.extract.internal.DataFiles;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Event type, sub-event type and weapons of an incident from trigger rules in {@code event-types.tsv}. */
public final class EventTypeRules {
  private static final EventTypeRules BUNDLED = load("event-types.tsv");

  private final List<Rule> rules;

  private EventTypeRules(List<Rule> rules) {
    this.rules = rules.stream().sorted(Comparator.comparingInt(Rule::priority).reversed()).toList();
  }

  /**
   * The bundled rules.
   *
   * @return the bundled rules
   */
  public static EventTypeRules bundled() {
    return BUNDLED;
  }

  /**
   * What the rules make of an incident's text.
   *
   * @param text the incident's text
   * @return the decision
   */
  public Decision classify(String text) {
    EventType type = null;
    SubEventType sub = null;
    Set<String> weapons = new LinkedHashSet<>();
    String trigger = null;
    String folded = Prefilter.fold(text);
    for (Rule r : rules) {
      var m = r.pattern.first(text, folded);
      if (m == null) {
        continue;
      }
      if (type == null && r.eventType != null) {
        type = r.eventType;
        sub = r.subEventType;
        trigger = m.group();
      }
      if (r.weapon != null) {
        weapons.add(r.weapon);
      }
    }
    return new Decision(type, sub, List.copyOf(weapons), trigger);
  }

  /**
   * Whether some rule gives {@code text} an event type: {@code classify(text).eventType() != null},
   * without trying the rules after the first that does.
   *
   * @param text the text
   * @return whether the text reports an event of some type
   */
  public boolean hasEventType(String text) {
    String folded = Prefilter.fold(text);
    for (Rule r : rules) {
      if (r.eventType != null && r.pattern.find(text, folded)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A classification.
   *
   * @param eventType the event type, or null when no rule matched
   * @param subEventType the sub-event type, or null
   * @param weapons weapons named, in rule order
   * @param trigger the words that decided the type, or null
   */
  public record Decision(EventType eventType, SubEventType subEventType, List<String> weapons, String trigger) {}

  private record Rule(int priority, Regex pattern, EventType eventType, SubEventType subEventType, String weapon) {}

  private static EventTypeRules load(String resource) {
    List<Rule> rules = new ArrayList<>();
    for (String[] f : DataFiles.read(EventTypeRules.class, resource, 5)) {
      rules.add(new Rule(Integer.parseInt(f[0]), Regex.compile(f[1], Pattern.CASE_INSENSITIVE),
          "-".equals(f[2]) ? null : EventType.valueOf(f[2]),
          "-".equals(f[3]) ? null : SubEventType.valueOf(f[3]),
          "-".equals(f[4]) ? null : f[4]));
    }
    return new EventTypeRules(rules);
  }
}
