package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import org.junit.jupiter.api.Test;

/** Roles from the words around a mention. */
class RoleRulesTest {
  @Test
  void readsRolesFromTheWordsAround() {
    String s = "The attack was claimed by the Balochistan Liberation Army, which said its fighters killed 12 soldiers.";
    int at = s.indexOf("Balochistan");
    RoleRules.Decision d = RoleRules.decide(s, at, at + "Balochistan Liberation Army".length(), ActorType.ARMED_GROUP);
    assertThat(d.role()).isEqualTo(ActorRole.PERPETRATOR);
    assertThat(d.basis()).isEqualTo(RoleRules.Basis.CUE);
    String t = "Security forces repulsed an attack by militants on a checkpoint near Quetta on Sunday.";
    assertThat(RoleRules.decide(t, 0, 15, ActorType.STATE_FORCE).role()).isEqualTo(ActorRole.RESPONDER);
    String u = "Gunmen stormed the police station; 14 Pakistani soldiers were killed and the militants fled.";
    int soldiers = u.indexOf("Pakistani soldiers");
    assertThat(RoleRules.decide(u, soldiers, soldiers + 18, ActorType.STATE_FORCE).role()).isEqualTo(ActorRole.TARGET);
  }

  /** The clause a verb is read in ends at its first break, as the first of the breaks' own look-ups says. */
  @Test
  void endsAClauseAtItsFirstBreak() {
    String[] pieces = {"fighters", "attacked", ";", ".", ". ", " while ", " which ", "who", " who ", " after ", "when",
        " when ", " but ", "butter", " ", "  ", ",", "the post"};
    java.util.Random random = new java.util.Random(20261207);
    for (int k = 0; k < 20_000; k++) {
      String s = dev.incidents.core.text.RandomTexts.of(random, pieces, 40, 3).toString();
      int cut = s.length();
      for (String stop : new String[] {";", ". ", " while ", " which ", " who ", " after ", " when ", " but "}) {
        int i = s.indexOf(stop);
        if (i >= 0 && i < cut) {
          cut = i;
        }
      }
      assertThat(RoleRules.clause(s)).as(s).isEqualTo(s.substring(0, Math.min(cut, 110)));
    }
  }

  /** Each rule on the words before a mention answers the same on the words after their last comma. */
  @Test
  void readsTheLeftContextFromItsLastComma() {
    String[] pieces = {"killed", "attacked", "attack on", "repulsed", "killed in a counter-attack", "claimed", "carried out",
        "by", "by the", "suspected", "blamed", "attributed the attack", "to", "police", "believed", "that", "involvement of",
        "identified as", "(suspected", "(", "against", "fired", "at", "the", "a", "3", "12", "two", "dozens of", "members",
        "of", "soldiers", "officer", "in", ",", ", ", ",the", "x,", "é", "\u0301", "_", "-", ".", "said", " ", "  "};
    java.util.Random random = new java.util.Random(20261207);
    int[] hits = new int[RoleRules.LEFT_RULES.size()];
    for (int k = 0; k < 30_000; k++) {
      String left = dev.incidents.core.text.RandomTexts.of(random, pieces, 14, 3).toString();
      String tail = RoleRules.afterLastComma(left);
      for (int r = 0; r < hits.length; r++) {
        boolean whole = RoleRules.LEFT_RULES.get(r).pattern().matcher(left).find();
        assertThat(RoleRules.LEFT_RULES.get(r).find(tail)).as(r + ": [" + left + "]").isEqualTo(whole);
        hits[r] += whole ? 1 : 0;
      }
    }
    for (int hit : hits) {
      assertThat(hit).isGreaterThan(30);
    }
  }
}
