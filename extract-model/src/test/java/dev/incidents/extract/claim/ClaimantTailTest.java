package dev.incidents.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What is cut from the words before a claim cue: a final appositive, then trailing adverbs. */
class ClaimantTailTest {
  @Test
  void cutsAnAppositiveAndTrailingWords() {
    assertThat(NearbyClaimantResolver.withoutAppositive("Mujahid, the group's spokesman, "))
        .isEqualTo("Mujahid");
    assertThat(NearbyClaimantResolver.withoutTrailingWords("The Taliban, who have long"))
        .isEqualTo("The Taliban, who");
    assertThat(NearbyClaimantResolver.withoutTrailingWords("The army has also")).isEqualTo("The army");
    assertThat(NearbyClaimantResolver.withoutAppositive("")).isEmpty();
    assertThat(NearbyClaimantResolver.withoutTrailingWords("")).isEmpty();
  }

  /** Exactly what the expressions' replaceFirst gives, on random text. */
  @Test
  void agreesWithReplaceFirstOnRandomText() {
    Random random = new Random(17);
    String[] pieces = {"the", "a", "an", "its", "their", "The", "also", "has", "had", "long", "once again", "again",
        "spokesman", "Army", "Tal", "alsoo", ",", ", ", " ", "  ", "\t", "\n", "\r\n", "\u2028", "\u0085", ";", "x",
        "é", "’s", "yet", "both", "hasten"};
    int cut = 0;
    int appositives = 0;
    for (int round = 0; round < 40_000; round++) {
      StringBuilder b = RandomTexts.of(random, pieces, 14, 3);
      if (random.nextInt(3) == 0) { // an appositive at the end, or nearly
        b.append(new String[] {",", ", ", ",\n"}[random.nextInt(3)])
            .append(new String[] {"the", "an", "a", "its", "their", "The", "thee"}[random.nextInt(7)])
            .append(new String[] {" ", "\t", ""}[random.nextInt(3)])
            .append(pieces[random.nextInt(pieces.length)]).append(pieces[random.nextInt(pieces.length)])
            .append(new String[] {",", ", ", ",\u2028", ", \u2028", ",x", ", also", ",\r\n"}[random.nextInt(7)]);
      }
      String s = b.toString();
      String appositive = NearbyClaimantResolver.APPOSITIVE.matcher(s).replaceFirst("");
      String trailing = NearbyClaimantResolver.TRAILING_WORDS.matcher(s).replaceFirst("");
      assertThat(NearbyClaimantResolver.withoutAppositive(s)).as("[" + s + "]").isEqualTo(appositive);
      assertThat(NearbyClaimantResolver.withoutTrailingWords(s)).as("[" + s + "]").isEqualTo(trailing);
      cut += trailing.equals(s) ? 0 : 1;
      appositives += appositive.equals(s) ? 0 : 1;
    }
    assertThat(cut).as("texts with trailing words cut").isGreaterThan(10_000);
    assertThat(appositives).as("texts with an appositive cut").isGreaterThan(300);
  }
}
