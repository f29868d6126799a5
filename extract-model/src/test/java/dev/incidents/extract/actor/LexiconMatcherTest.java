package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.ActorType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconMatcherTest {
  /** A name two entries share gives both as candidates, the one of the country the text is about first. */
  @Test
  void ranksTheEntriesThatShareANameByTheTextsCountry() {
    LexiconMatcher matcher = new LexiconMatcher(List.of(
        LexiconEntry.of("National Liberation Front", ActorType.ARMED_GROUP, "Algeria", "Liberation Front"),
        LexiconEntry.of("Liberation Front of the South", ActorType.ARMED_GROUP, "Chad", "Liberation Front"),
        LexiconEntry.of("Liberation Tigers", ActorType.ARMED_GROUP, "Sri Lanka")));
    String text = "The Liberation Front said it attacked the post; Liberation Tigers denied it.";
    List<LexiconMatcher.Match> matches = matcher.match(text, 0, text.length(), Map.of("Chad", 2));
    assertThat(matches).hasSize(2);
    assertThat(matches.get(0).candidates()).extracting(f -> f.entry().country()).containsExactly("Chad", "Algeria");
    assertThat(text.substring(matches.get(0).start(), matches.get(0).end())).isEqualTo("Liberation Front");
    assertThat(matches.get(1).candidates()).extracting(f -> f.entry().country()).containsExactly("Sri Lanka");
    assertThat(matcher.match(text, 0, text.length(), Map.of("Algeria", 1)).get(0).form().entry().country())
        .isEqualTo("Algeria");
  }
}
