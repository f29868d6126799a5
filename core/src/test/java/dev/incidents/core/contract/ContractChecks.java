package dev.incidents.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.Aggregate;
import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Claim;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.Span;
import dev.incidents.core.model.Total;
import java.util.HashSet;
import java.util.Set;

/**
 * Contract checks any extractor test can run on a result: every span in bounds and equal to the
 * substring it claims, {@code min <= max}, ids unique, totals ordered, aggregates never re-added
 * into incident figures. Shipped in the core test-jar.
 */
public final class ContractChecks {
  private ContractChecks() {}

  /** Asserts the whole contract for a result extracted from {@code input}. */
  public static void assertValid(ExtractionResult result, String input) {
    Set<String> ids = new HashSet<>();
    for (Incident inc : result.incidents()) {
      assertThat(ids.add(inc.id())).as("incident id %s is unique", inc.id()).isTrue();
      assertThat(inc.id()).startsWith(result.document().id() + "#");
      inc.evidence().forEach(s -> assertSpan(s, input));
      if (inc.date().span() != null) {
        assertSpan(inc.date().span(), input);
      }
      inc.locations().stream().map(Place::span).forEach(s -> assertSpan(s, input));
      inc.actors().stream().map(Actor::span).forEach(s -> assertSpan(s, input));
      inc.claims().stream().map(Claim::span).forEach(s -> assertSpan(s, input));
      for (CasualtyFigure c : inc.casualties()) {
        assertSpan(c.span(), input);
        assertRange(c.min(), c.max());
      }
      for (Total t : inc.totals()) {
        assertThat(t.low()).isLessThanOrEqualTo(t.best());
        assertThat(t.best()).isLessThanOrEqualTo(t.high());
      }
    }
    for (Aggregate a : result.aggregates()) {
      assertSpan(a.span(), input);
      assertRange(a.min(), a.max());
      assertThat(ids).as("aggregate %s names known incidents", a.text()).containsAll(a.incidentIds());
      for (Incident inc : result.incidents()) {
        assertThat(inc.casualties().stream().map(CasualtyFigure::span))
            .as("aggregate '%s' is not re-added as a figure of %s", a.text(), inc.id())
            .doesNotContain(a.span());
      }
    }
  }

  /** Asserts that a span lies inside {@code input} and carries exactly the characters there. */
  public static void assertSpan(Span span, String input) {
    assertThat(span.start()).as("span start of '%s'", span.text()).isBetween(0, input.length());
    assertThat(span.end()).as("span end of '%s'", span.text()).isBetween(span.start(), input.length());
    assertThat(input.substring(span.start(), span.end())).as("text of span %s..%s", span.start(), span.end())
        .isEqualTo(span.text());
  }

  private static void assertRange(int min, Integer max) {
    assertThat(min).isNotNegative();
    if (max != null) {
      assertThat(max).isGreaterThanOrEqualTo(min);
    }
  }
}
