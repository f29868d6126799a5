package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Roles from the words around a mention. */
class RoleRulesTest {
  private static final List<String> SENTENCES = List.of(
      "The attack was claimed by the Balochistan Liberation Army, which said its fighters killed 12 soldiers.",
      "Security forces repulsed an attack by militants on a checkpoint near Quetta on Sunday.",
      "Police said the Taliban attacked a convoy of the Frontier Corps, and soldiers returned fire.",
      "Officials blamed the blast on the Islamic State, while the army launched a search operation.",
      "Gunmen stormed the police station; 14 Pakistani soldiers were killed and the militants fled.",
      "The ministry condemned the bombing and the military vowed to hunt down those responsible.",
      "ISPR said troops engaged the insurgents, and Levies forces cordoned off the area.",
      "Residents suspected the militia, but the rebels denied any involvement of their fighters.");

  @Test
  void readsRolesFromTheWordsAround() {
    String s = SENTENCES.get(0);
    int at = s.indexOf("Balochistan");
    RoleRules.Decision d = RoleRules.decide(RoleRules.context(s), at, at + "Balochistan Liberation Army".length(),
        ActorType.ARMED_GROUP);
    assertThat(d.role()).isEqualTo(ActorRole.PERPETRATOR);
    assertThat(d.basis()).isEqualTo(RoleRules.Basis.CUE);
    String t = SENTENCES.get(1);
    int forces = t.indexOf("Security forces");
    assertThat(RoleRules.decide(RoleRules.context(t), forces, forces + 15, ActorType.STATE_FORCE).role())
        .isEqualTo(ActorRole.RESPONDER);
  }

  /** The context of an ASCII sentence (rules ruled out on the sentence's index) decides as the plain one. */
  @Test
  void anAsciiContextDecidesAsThePlainOne() {
    Matcher words = Pattern.compile("[A-Za-z][\\w-]*(?:\\s+[A-Z][\\w-]*)*").matcher("");
    int compared = 0;
    for (String s : SENTENCES) {
      RoleRules.Context fast = RoleRules.context(s);
      RoleRules.Context plain = new RoleRules.Context(s, null, null);
      assertThat(fast.lower()).as("an ASCII sentence").isNotNull();
      words.reset(s);
      while (words.find()) {
        for (ActorType type : ActorType.values()) {
          assertThat(RoleRules.decide(fast, words.start(), words.end(), type))
              .as(s.substring(words.start(), words.end()) + " " + type)
              .isEqualTo(RoleRules.decide(plain, words.start(), words.end(), type));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(500);
    assertThat(RoleRules.context("Les forces armées ont riposté").lower()).as("not ASCII").isNull();
  }
}
