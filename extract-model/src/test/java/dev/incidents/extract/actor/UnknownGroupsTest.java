package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class UnknownGroupsTest {
  @Test
  void findsGroupsThatClaimAttacks() {
    assertThat(UnknownGroups.find("The Jaish al-Adl Front claimed responsibility for the bombing."))
        .extracting(UnknownGroups.Found::name).containsExactly("Jaish al-Adl Front");
    assertThat(UnknownGroups.find("Police said the Tehreek Brigade (TB) has claimed responsibility."))
        .extracting(UnknownGroups.Found::name).containsExactly("Tehreek Brigade (TB)");
    assertThat(UnknownGroups.find("Nobody claimed responsibility for the attack.")).isEmpty();
  }

  /** The bounded search finds what {@code Matcher.find} finds, match after match. */
  @Test
  void claimSearchFindsWhatThePlainSearchFinds() {
    String[] pieces = {"Baloch", "Liberation", "Army", "BLA", "Front", "al-Adl", "al", "of", "the", "in", "McNeil",
        "claimed", "claims", "claiming", "took", "accepted", "responsibility", "credit", "has", "later", "had",
        "police", "said", "(", ")", "(TB)", "(Tehreek ", "(a", ",", ".", "’s", "'", "-", "\n", "\t", "  ", "3", "é",
        "Émir", "x(", "claimedresponsibility", "responsibility)", "claimed responsibility", "took credit",
        "has claimed  responsibility", "(Tehreek e Taliban)", "(TTP) claims credit"};
    Random random = new Random(20261207);
    int matches = 0;
    for (int round = 0; round < 30_000; round++) {
      String text = RandomTexts.of(random, pieces, 24, 4).toString();
      List<String> expected = new ArrayList<>();
      Matcher plain = UnknownGroups.CLAIMS.pattern().matcher(text);
      for (int from = 0; from <= text.length() && plain.find(from); from = Regex.after(plain)) {
        expected.add(plain.start() + ".." + plain.end() + " " + plain.group(1));
      }
      List<String> actual = new ArrayList<>();
      Matcher m = UnknownGroups.CLAIMS.matcher(text);
      String folded = Prefilter.fold(text);
      for (int from = 0; UnknownGroups.findClaim(m, text, folded, from); from = Regex.after(m)) {
        actual.add(m.start() + ".." + m.end() + " " + m.group(1));
      }
      assertThat(actual).as(text).isEqualTo(expected);
      matches += expected.size();
    }
    assertThat(matches).as("texts with a claim").isGreaterThan(5_000);
  }

  /** The group-noun test answers as {@code matches(".*\\b(noun)\\b.*")} did. */
  @Test
  void groupNounTestAnswersAsTheWholeNameExpression() {
    java.util.regex.Pattern whole = java.util.regex.Pattern.compile("(?i).*\\b(?:brigades?|front|army|movement|resistance"
        + "|forces?|group|organi[sz]ation|battalion|commando|party|liberation|league|council|squad|cell|militia|jihad"
        + "|mujahideen|ansar\\w*|jamaat|tigers|fighters|guard|union|alliance|command)\\b.*");
    String[] pieces = {"Front", "FRONT", "Fronts", "Ansarullah", "Ansar", "Brigade", "Brigades", "People's", "Al",
        "-", " ", "\n", "\r\n", "\u2028", "Army2", "_army", "Cell", "É", "Tigers", "x"};
    Random random = new Random(7);
    int yes = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(6); i >= 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String name = b.toString();
      boolean expected = whole.matcher(name).matches();
      assertThat(UnknownGroups.namesGroupNoun(name)).as(name).isEqualTo(expected);
      yes += expected ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(3_000);
  }
}
