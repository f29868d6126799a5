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

  /** Names start at word starts only: not inside a word, nor inside one begun before the range. */
  @Test
  void matchesWholeWordsOfTheRange() {
    LexiconMatcher matcher = new LexiconMatcher(List.of(
        LexiconEntry.of("Hamas", ActorType.ARMED_GROUP, "Palestine"),
        LexiconEntry.of("Forces Armées", ActorType.STATE_FORCE, "Mali", "FAMa"),
        LexiconEntry.of("Émirat Front", ActorType.ARMED_GROUP, "Mali")));
    String text = "xHamas and Hamas, Hamas2 and FAMa; Forces Armées and the Émirat Front; ÉHamas";
    List<String> found = matcher.match(text, 0, text.length(), Map.of()).stream()
        .map(m -> text.substring(m.start(), m.end())).toList();
    assertThat(found).containsExactly("Hamas", "FAMa", "Forces Armées", "Émirat Front");
    // a range that starts inside "xHamas" or right after its "x"
    assertThat(matcher.match(text, 1, 6, Map.of())).isEmpty();
    assertThat(matcher.match(text, 11, 16, Map.of())).hasSize(1);
    assertThat(matcher.match(text, 12, text.length(), Map.of()).get(0).start()).isEqualTo(29);
  }
}
