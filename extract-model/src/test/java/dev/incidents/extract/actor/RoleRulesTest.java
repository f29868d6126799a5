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
}
