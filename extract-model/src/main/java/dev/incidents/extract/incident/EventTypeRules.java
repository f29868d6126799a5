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
  /** Says no for a sentence none of the rules can match: one test instead of one a rule. */
  private final Prefilter anyRule;

  private EventTypeRules(List<Rule> rules) {
    this.rules = rules.stream().sorted(Comparator.comparingInt(Rule::priority).reversed()).toList();
    List<Prefilter> filters = new ArrayList<>();
    for (Rule r : this.rules) {
      filters.add(r.pattern.prefilter());
    }
    this.anyRule = Prefilter.anyOf(filters);
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
    return decide(List.of(match(text)));
  }

  /**
   * What each rule finds in one sentence, for {@link #decide}: an incident's sentences are read
   * once each, however many incidents share them, and the incident's decision is put together
   * from theirs.
   *
   * @param sentence a sentence
   * @return the words of each rule's first match in it
   */
  Matches match(String sentence) {
    String folded = Prefilter.fold(sentence);
    String[] first = new String[rules.size()];
    if (!anyRule.mayMatch(folded)) {
      return new Matches(first);
    }
    for (int i = 0; i < first.length; i++) {
      var m = rules.get(i).pattern.first(sentence, folded);
      first[i] = m == null ? null : m.group();
    }
    return new Matches(first);
  }

  /**
   * What the rules make of sentences read one after the other: the same as {@link #classify} on
   * their text joined by spaces for rules that match within a sentence, which is what the bundled
   * rules are written to do (a match does not run from one sentence into the next).
   *
   * @param sentences what {@link #match} found in each sentence, in text order
   * @return the decision
   */
  Decision decide(List<Matches> sentences) {
    EventType type = null;
    SubEventType sub = null;
    Set<String> weapons = new LinkedHashSet<>();
    String trigger = null;
    for (Matches m : sentences) {
      if (m.rules() != this) {
        throw new IllegalArgumentException("matches of other rules");
      }
    }
    for (int i = 0; i < rules.size(); i++) {
      String found = firstFound(sentences, i);
      if (found == null) {
        continue;
      }
      Rule r = rules.get(i);
      if (type == null && r.eventType != null) {
        type = r.eventType;
        sub = r.subEventType;
        trigger = found;
      }
      if (r.weapon != null) {
        weapons.add(r.weapon);
      }
    }
    return new Decision(type, sub, List.copyOf(weapons), trigger);
  }

  private static String firstFound(List<Matches> sentences, int rule) {
    for (Matches m : sentences) {
      if (m.first[rule] != null) {
        return m.first[rule];
      }
    }
    return null;
  }

  /**
   * What the rules found in one sentence ({@link #match}).
   */
  final class Matches {
    private final String[] first;

    private Matches(String[] first) {
      this.first = first;
    }

    private EventTypeRules rules() {
      return EventTypeRules.this;
    }

    /**
     * Whether some rule gives the sentence an event type: {@link #hasEventType} on it.
     *
     * @return whether the sentence reports an event of some type
     */
    boolean hasEventType() {
      for (int i = 0; i < first.length; i++) {
        if (first[i] != null && rules.get(i).eventType != null) {
          return true;
        }
      }
      return false;
    }
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
