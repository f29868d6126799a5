package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.spi.ActorMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorLexiconTest {
  private static final ActorLexicon LEXICON = ActorLexicon.bundled();

  private static List<String> names(ActorLexicon lexicon, String text) {
    return new LexiconActorExtractor(lexicon).extract(ActorTexts.tokens(text)).stream()
        .map(m -> m.actor().name()).toList();
  }

  @Test
  void bundledLexiconCoversTodaysConflicts() {
    assertThat(LEXICON.size()).isGreaterThanOrEqualTo(150);
    assertThat(LEXICON.entry("Baloch Liberation Army")).get()
        .satisfies(e -> {
          assertThat(e.aliases()).contains("BLA", "Balochistan Liberation Army");
          assertThat(e.units()).contains("Majeed Brigade", "Special Tactical Operations Squad", "STOS", "Fateh Squad");
          assertThat(e.type()).isEqualTo(ActorType.ARMED_GROUP);
        });
    assertThat(LEXICON.entries()).extracting(LexiconEntry::name).doesNotHaveDuplicates();
  }

  @Test
  void shortAcronymsAreCaseSensitiveAndNamesAreNot() {
    assertThat(names(LEXICON, "The bla bla of the meeting went on.")).doesNotContain("Baloch Liberation Army");
    assertThat(names(LEXICON, "the BALOCH LIBERATION ARMY attacked a post.")).contains("Baloch Liberation Army");
    assertThat(names(LEXICON, "An FC patrol was ambushed.")).contains("Frontier Corps");
    assertThat(names(LEXICON, "He paid the fc fee.")).doesNotContain("Frontier Corps");
  }

  @Test
  void longestMatchWinsAndCountryAloneIsNoActor() {
    assertThat(names(LEXICON, "The Pakistan Army responded.")).containsExactly("Pakistan Army");
    assertThat(names(LEXICON, "Pakistan is a large country.")).isEmpty();
    assertThat(names(LEXICON, "ISIS-K fighters attacked.")).contains("Islamic State Khorasan Province")
        .doesNotContain("Islamic State");
  }

  @Test
  void sharedAcronymGoesToTheGroupOfTheCountryNamed() {
    assertThat(names(LEXICON, "In Bamenda, Cameroon, ADF fighters attacked a school.")).contains("Ambazonia Defence Forces");
    assertThat(names(LEXICON, "In Beni, Democratic Republic of the Congo, ADF fighters attacked a village."))
        .contains("Allied Democratic Forces");
  }

  @Test
  void capitalStandsForItsGovernmentOnlyBeforeSpeech() {
    assertThat(names(LEXICON, "New Delhi has consistently denied the charge.")).contains("Government of India");
    assertThat(names(LEXICON, "A conference opened in New Delhi on Monday.")).isEmpty();
  }

  @Test
  void usersAddTheirOwnEntries() {
    ActorLexicon mine = LEXICON.plus(List.of(LexiconEntry.of("Valley Defence Front", ActorType.ARMED_GROUP, "Nowhere", "VDFX")));
    assertThat(names(mine, "VDFX gunmen attacked the depot.")).contains("Valley Defence Front");
    assertThat(names(LEXICON, "VDFX gunmen attacked the depot.")).doesNotContain("Valley Defence Front");
    ActorLexicon only = ActorLexicon.of(List.of(LexiconEntry.of("Valley Defence Front", ActorType.ARMED_GROUP, null)));
    assertThat(names(only, "The BLA attacked the depot.")).isEmpty();
    assertThatThrownBy(() -> ActorLexicon.of(List.of(
        LexiconEntry.of("Twice", ActorType.OTHER, null), LexiconEntry.of("twice", ActorType.OTHER, null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two lexicon entries");
  }

  @Test
  void unitNextToItsParentIsOneMentionWithTheUnit() {
    List<ActorMention> mentions = new LexiconActorExtractor().extract(ActorTexts.tokens(
        "The BLA claimed the attack, specifying its Special Tactical Operations Squad (STOS) as the unit."));
    assertThat(mentions).extracting(m -> m.actor().unit()).containsExactly(null, "Special Tactical Operations Squad");
    assertThat(mentions.get(1).actor().span().text()).isEqualTo("Special Tactical Operations Squad (STOS)");
  }

  @Test
  void rankingPrefersNamedPerpetrators() {
    List<ActorMention> mentions = new LexiconActorExtractor().extract(ActorTexts.tokens(
        "Assailants attacked a checkpoint. No group claimed responsibility; however, sources attributed the attack to Boko Haram."));
    assertThat(new ActorRanking(LEXICON).topPerpetrator(mentions)).get()
        .satisfies(a -> {
          assertThat(a.name()).isEqualTo("Boko Haram");
          assertThat(a.role()).isEqualTo(ActorRole.PERPETRATOR);
        });
  }
}
