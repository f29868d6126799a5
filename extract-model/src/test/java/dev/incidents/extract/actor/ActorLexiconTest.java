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

  @Test
  void caselessKeysAgreeWithEqualsIgnoreCase() {
    String[] units = {"a", "A", "z", "\u00e9", "\u00c9", "\u00b5", "\u03bc", "\u039c", "\u0130", "i", "I", "\u0131",
        "\u00df", "\u1e9e", "\u03c2", "\u03c3", "\u03a3", "\u00ff", "\u0178", "\u01c5", "\u01c6", "\u01c4", "-", " "};
    java.util.Random random = new java.util.Random(5);
    for (int t = 0; t < 50_000; t++) {
      String a = word(random, units);
      String b = word(random, units);
      assertThat(ActorLexicon.caseless(a).equals(ActorLexicon.caseless(b))).as("%s / %s", a, b)
          .isEqualTo(a.equalsIgnoreCase(b));
    }
  }

  private static String word(java.util.Random random, String[] units) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(3); k >= 0; k--) {
      b.append(units[random.nextInt(units.length)]);
    }
    return b.toString();
  }

  @Test
  void findsTheCountryOfAWordAsTheLexiconsOrderSays() {
    for (ActorLexicon.Country c : LEXICON.countries()) {
      List<String> words = new java.util.ArrayList<>(c.demonyms());
      words.add(c.name());
      for (String w : words) {
        String upper = w.toUpperCase(java.util.Locale.ROOT);
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        for (String form : List.of(w, upper, lower, " " + w + " ")) {
          assertThat(LEXICON.countryOf(form)).as(form).isEqualTo(countryByScan(form));
        }
      }
    }
    for (LexiconEntry e : LEXICON.entries()) {
      for (String a : e.aliases()) {
        assertThat(LEXICON.countryOf(a)).as(a).isEqualTo(countryByScan(a));
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        assertThat(LEXICON.countryOf(lower)).as(lower).isEqualTo(countryByScan(lower));
      }
    }
    assertThat(LEXICON.countryOf("Pakistani")).contains("Pakistan");
    assertThat(LEXICON.countryOf("nowhere")).isEmpty();
  }

  /** The country of a word by reading the countries, then the metonyms, in order. */
  private static java.util.Optional<String> countryByScan(String word) {
    String w = word.strip();
    for (ActorLexicon.Country c : LEXICON.countries()) {
      if (c.name().equalsIgnoreCase(w) || c.demonyms().stream().anyMatch(w::equalsIgnoreCase)) {
        return java.util.Optional.of(c.name());
      }
    }
    for (LexiconEntry e : LEXICON.entries()) {
      if (e.metonym() && e.country() != null && w.matches("[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)*")
          && e.aliases().stream().anyMatch(w::equalsIgnoreCase)) {
        return java.util.Optional.of(e.country());
      }
    }
    return java.util.Optional.empty();
  }
}
