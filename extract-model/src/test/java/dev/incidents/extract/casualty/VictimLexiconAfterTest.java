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
}
