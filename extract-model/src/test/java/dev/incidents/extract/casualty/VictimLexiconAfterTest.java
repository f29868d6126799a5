package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.VictimGroup;
import org.junit.jupiter.api.Test;

/** The victims read after a count: the words are found one by one as the look-up needs them. */
class VictimLexiconAfterTest {
  private static final VictimLexicon LEXICON = new VictimLexicon();

  private static VictimLexicon.Victims after(String text, String count, int maxModifiers) {
    return LEXICON.after(text, text.indexOf(count) + count.length(), maxModifiers);
  }

  @Test
  void readsModifiersAndTheLongestHead() {
    String text = "Gunmen killed 12 Pakistani security personnel near the border.";
    VictimLexicon.Victims v = after(text, "12", 3);
    assertThat(v.group()).isEqualTo(VictimGroup.SECURITY_FORCES);
    assertThat(text.substring(v.start(), v.end())).isEqualTo("Pakistani security personnel");
    assertThat(v.singular()).isFalse();
  }

  @Test
  void aGenericHeadTakesItsModifiersGroup() {
    String text = "The blast killed 4 civilian men.";
    VictimLexicon.Victims v = after(text, "4", 3);
    assertThat(v.group()).isEqualTo(VictimGroup.CIVILIANS);
    assertThat(after("The blast killed 4 men.", "4", 3).family()).isTrue();
  }

  @Test
  void ofTheAndTheEndOfTheText() {
    String text = "Police said 3 of the soldiers";
    VictimLexicon.Victims v = after(text, "3", 3);
    assertThat(text.substring(v.start(), v.end())).isEqualTo("soldiers");
    assertThat(after("They counted 3", "3", 3)).isNull();
    assertThat(after("They counted 3 of", "3", 3)).isNull();
  }

  @Test
  void stopsAtAWordThatCannotModifyAndAfterTooManyModifiers() {
    assertThat(after("Officials said 7 were soldiers", "7", 3)).isNull();
    assertThat(after("At least 5 tall brave young strong soldiers died", "5", 3)).isNull();
    assertThat(after("At least 5 tall brave young soldiers died", "5", 3)).isNotNull();
    // six words at most are read: a head beyond them is not found
    assertThat(after("At least 5 x y z w v u soldiers died", "5", 9)).isNull();
    assertThat(after("At least 5 x y z w v soldiers died", "5", 9)).isNotNull();
  }

  /** The quick test before a look-up never rules out a text where the look-up finds victims. */
  @Test
  void theQuickTestNeverHidesVictims() {
    String[] pieces = {" ", "  ", "\n", ",", "of", "the", "them", "Of", "THE", "soldiers", "Soldiers", "SOLDIERS",
        "soldier's", "soldier’s", "SOLDIER'S", "policemen", "security", "personnel", "security personnel", "men",
        "civilian", "child", "children's", "a", "Pakistani", "brave", "x", "9", "2-year-old", "é", "sold", "-", "'s",
        "killed", "people", "person", "Frontier", "Corps", "levies", "officer"};
    java.util.Random random = new java.util.Random(20261208);
    int found = 0;
    for (int round = 0; round < 30_000; round++) {
      String text = dev.incidents.core.text.RandomTexts.of(random, pieces, 9, 2).toString();
      for (int max = 0; max <= 3; max++) {
        if (LEXICON.lookUp(text, 0, max) != null) {
          found++;
          assertThat(LEXICON.surelyNoHead(text, 0, max)).as("%s, %d modifiers", text, max).isFalse();
        }
      }
    }
    assertThat(found).isGreaterThan(5_000);
  }
}
