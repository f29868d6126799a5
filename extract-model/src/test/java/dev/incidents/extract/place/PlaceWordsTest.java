package dev.incidents.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlaceWordsTest {
  private static final PlaceWords WORDS = PlaceWords.get();

  /** The shape filter never turns away an area or site word, however it is written. */
  @Test
  void letsEveryAreaAndSiteWordThrough() {
    assertThat(WORDS.area).isNotEmpty();
    assertThat(WORDS.site).isNotEmpty();
    Stream.concat(WORDS.area.stream(), WORDS.site.stream()).forEach(w -> {
      assertThat(WORDS.mayBeAreaOrSite(w)).as(w).isTrue();
      assertThat(WORDS.mayBeAreaOrSite(w.toUpperCase(Locale.ROOT))).as(w).isTrue();
      assertThat(WORDS.mayBeAreaOrSite(Character.toUpperCase(w.charAt(0)) + w.substring(1))).as(w).isTrue();
    });
  }

  /** Whatever it turns away is neither, lower-cased; and it turns most words away. */
  @Test
  void turnsAwayOnlyWordsThatAreNeither() {
    String[] pieces = {"a", "r", "o", "d", "e", "S", "t", "R", "ea", "oad", "ket", "M", "-", "'", "é", "İ", "ı", "1"};
    Set<String> either = new java.util.HashSet<>(WORDS.area);
    either.addAll(WORDS.site);
    Random random = new Random(20261207);
    int turnedAway = 0;
    for (int k = 0; k < 50_000; k++) {
      String word = RandomTexts.of(random, pieces, 7, 0).toString();
      if (!WORDS.mayBeAreaOrSite(word)) {
        turnedAway++;
        assertThat(either).as(word).doesNotContain(Names.lower(word));
      }
    }
    assertThat(turnedAway).isGreaterThan(15_000);
  }
}
