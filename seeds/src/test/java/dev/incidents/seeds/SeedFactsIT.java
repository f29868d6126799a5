package dev.incidents.seeds;

import static dev.incidents.core.model.ActorRole.PERPETRATOR;
import static dev.incidents.core.model.ActorRole.RESPONDER;
import static dev.incidents.core.model.ClaimType.ACCUSATION;
import static dev.incidents.core.model.ClaimType.DENIAL;
import static dev.incidents.core.model.ClaimType.RESPONSIBILITY;
import static dev.incidents.core.model.ClaimType.STATEMENT;
import static dev.incidents.core.model.Outcome.INJURED;
import static dev.incidents.core.model.Outcome.KIDNAPPED;
import static dev.incidents.core.model.Outcome.KILLED;
import static dev.incidents.core.model.VictimGroup.CIVILIANS;
import static dev.incidents.core.model.VictimGroup.MILITANTS;
import static dev.incidents.core.model.VictimGroup.OFFICIALS;
import static dev.incidents.core.model.VictimGroup.SECURITY_FORCES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.EventType;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Qualifier;
import dev.incidents.core.model.SubEventType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seed-facts sheet, line by line, asserted directly on the extraction (not on the golden
 * files), so that regenerating golden files cannot approve a regression.
 */
class SeedFactsIT {
  private static Facts facts(String prefix) {
    return new Facts(Seeds.result(Seeds.id(prefix)));
  }

  private static ExtractionResult result(String prefix) {
    return Seeds.result(Seeds.id(prefix));
  }

  private static final Set<Qualifier> AT_LEAST = Set.of(Qualifier.AT_LEAST);

  @Nested
  class Seed000 {
    final Facts f = facts("000");

    @Test
    void publicationDateFromTheHeader() {
      assertThat(result("000").document().publishedDate()).isEqualTo(LocalDate.of(2025, 7, 20));
    }

    @Test
    void datedTheDayBeforeInTheEvening() {
      assertThat(f.dates()).anySatisfy(d -> {
        assertThat(d.start()).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(d.timeOfDay()).containsIgnoringCase("even");
      });
    }

    @Test
    void oneCurrentIedIncident() {
      assertThat(f.current()).singleElement().satisfies(i -> {
        assertThat(i.subEventType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_IED);
        assertThat(i.weapons()).contains("IED");
      });
    }

    @Test
    void quettaBalochistanWithCoordinatesAndJinnahRoad() {
      assertThat(f.current().stream().flatMap(i -> i.locations().stream())).anySatisfy(p -> {
        assertThat(p.countryCode()).isEqualTo("PK");
        assertThat(p.admin1()).containsIgnoringCase("balochistan");
        assertThat(p.lat()).isNotNull();
        assertThat(p.name() + " " + p.admin2()).containsIgnoringCase("quetta");
      });
      assertThat(f.current()).anyMatch(i -> Facts.at(i, "jinnah road"));
    }

    @Test
    void oneNamedOfficerKilled() {
      assertThat(f.current().stream().flatMap(i -> i.casualties().stream())).anySatisfy(c -> {
        assertThat(c.outcome()).isEqualTo(KILLED);
        assertThat(c.victimGroup()).isEqualTo(SECURITY_FORCES);
        assertThat(c.min()).isEqualTo(1);
        assertThat(c.max()).isEqualTo(1);
        assertThat(c.named()).anyMatch(n -> n.contains("Kakar"));
      });
    }

    @Test
    void noInjuredFigure() {
      assertThat(f.current().stream().flatMap(i -> i.casualties().stream()))
          .noneMatch(c -> c.outcome() == INJURED && c.min() > 0);
    }

    @Test
    void perpetratorBlaWithItsUnit() {
      assertThat(f.actors(PERPETRATOR)).anyMatch(a -> Facts.actorIs(a, Facts.BLA)
          && Facts.matches(a.unit(), "special tactical|STOS"));
    }

    @Test
    void responsibilityClaimedByTheBla() {
      assertThat(f.claims(RESPONSIBILITY)).anyMatch(c -> Facts.matches(c.claimant(), Facts.BLA));
    }

    @Test
    void theGwadarAttackIsBackground() {
      assertThat(f.current()).noneMatch(i -> Facts.at(i, "gwadar"));
    }
  }

  @Nested
  class Seed001 {
    final Facts f = facts("001");
    final List<Incident> mach = f.at("mach|bolan|kachhi|shorkand");
    final List<Incident> kech = f.at("kech|kulag");

    @Test
    void mojibakeRepairedWithAWarning() {
      assertThat(result("001").warnings()).anyMatch(w -> Facts.matches(w, "mojibake|encoding|repair"));
    }

    @Test
    void bothDatesUnresolved() {
      assertThat(f.dates()).hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(d -> {
            assertThat(d.start()).isNull();
            assertThat(d.resolvedFrom()).isEqualTo(DateResolution.UNRESOLVED);
          });
    }

    @Test
    void kechAtTwentyToThree() {
      assertThat(kech).anyMatch(i -> "14:40".equals(i.date().timeOfDay()));
    }

    @Test
    void twoIedIncidents() {
      assertThat(f.current()).hasSize(2);
      assertThat(mach).isNotEmpty();
      assertThat(kech).isNotEmpty();
      assertThat(mach.get(0)).isNotSameAs(kech.get(0));
      assertThat(f.current()).allMatch(i -> i.subEventType() == SubEventType.REMOTE_EXPLOSIVE_IED);
    }

    @Test
    void bolanIsInBalochistan() {
      assertThat(mach.stream().flatMap(i -> i.locations().stream()))
          .anyMatch(p -> "PK".equals(p.countryCode()) && Facts.matches(p.admin1(), "balochistan"));
    }

    @Test
    void twelveSoldiersKilledInBolanTwoNamed() {
      assertThat(mach.stream().flatMap(i -> i.casualties().stream())).anySatisfy(c -> {
        assertThat(c.outcome()).isEqualTo(KILLED);
        assertThat(c.victimGroup()).isEqualTo(SECURITY_FORCES);
        assertThat(c.min()).isEqualTo(12);
        assertThat(c.max()).isEqualTo(12);
        assertThat(c.named()).contains("Tariq Imran", "Umar Farooq");
      });
    }

    @Test
    void twoSoldiersKilledInKech() {
      assertThat(f.hasFigure(KILLED, SECURITY_FORCES, 2, 2, false, null, null, "kech|kulag")).isTrue();
    }

    @Test
    void fourteenIsAnAggregateNotAddedAgain() {
      assertThat(f.totalBest(KILLED)).isEqualTo(14);
      assertThat(result("001").aggregates()).anyMatch(a -> a.min() == 14);
    }

    @Test
    void blaPerpetratorOfBoth() {
      assertThat(f.current()).hasSizeGreaterThanOrEqualTo(2)
          .allMatch(i -> f.actors(PERPETRATOR, List.of(i)).stream().anyMatch(a -> Facts.actorIs(a, Facts.BLA)));
    }

    @Test
    void responsibilityAndSpokespersonStatement() {
      assertThat(f.claims(RESPONSIBILITY)).anyMatch(c -> Facts.matches(c.claimant(), Facts.BLA));
      assertThat(f.claims(STATEMENT)).anyMatch(c -> Facts.matches(c.claimant(), "jeeyand"));
    }
  }

  @Nested
  class Seed002 {
    final Facts f = facts("002");

    @Test
    void datelineAndTwoDayRange() {
      assertThat(result("002").document().dateline().date()).isEqualTo(LocalDate.of(2025, 2, 26));
      assertThat(f.dates()).anyMatch(d -> LocalDate.of(2025, 2, 25).equals(d.start())
          && LocalDate.of(2025, 2, 26).equals(d.end()));
    }

    @Test
    void oneBattle() {
      assertThat(f.current()).singleElement().extracting(Incident::eventType).isEqualTo(EventType.BATTLE);
    }

    @Test
    void kalatBalochistanWithTheHighwayOrMangochar() {
      assertThat(f.current()).anyMatch(i -> Facts.at(i, "kalat") && Facts.at(i, "mangochar|highway")
          && i.locations().stream().anyMatch(p -> Facts.matches(p.admin1(), "balochistan")));
    }

    @Test
    void atLeastEighteenSecurityPersonnelKilled() {
      assertThat(f.hasFigure(KILLED, SECURITY_FORCES, 18, null, false, AT_LEAST, null, null)).isTrue();
    }

    @Test
    void twentyThreeMilitantsAndPartsNotReAdded() {
      assertThat(f.hasFigure(KILLED, MILITANTS, 23, null, true, null, null, null)).isTrue();
      assertThat(f.totalBest(KILLED)).isEqualTo(41);
    }

    @Test
    void atLeastTwoBystandersInjured() {
      assertThat(f.hasFigure(INJURED, CIVILIANS, 2, null, false, AT_LEAST, null, null)).isTrue();
    }

    @Test
    void blaPerpetratorFrontierCorpsAndLeviesRespond() {
      assertThat(f.actors(PERPETRATOR)).anyMatch(a -> Facts.actorIs(a, Facts.BLA));
      assertThat(f.actors(RESPONDER)).anyMatch(a -> Facts.actorIs(a, "(?i)frontier corps|\\bFC\\b"));
      assertThat(f.actors(RESPONDER)).anyMatch(a -> Facts.actorIs(a, "(?i)levies"));
    }

    @Test
    void responsibilityAndIsprStatement() {
      assertThat(f.claims(RESPONSIBILITY)).anyMatch(c -> Facts.matches(c.claimant(), Facts.BLA));
      assertThat(f.claims(STATEMENT)).anyMatch(c -> Facts.matches(c.claimant(), "ISPR|inter.services"));
    }
  }

  @Nested
  class Seed003 {
    final Facts f = facts("003");

    @Test
    void unresolvedSaturday() {
      assertThat(f.dates()).isNotEmpty().allSatisfy(d -> {
        assertThat(d.start()).isNull();
        assertThat(d.weekday()).isEqualTo(DayOfWeek.SATURDAY);
      });
    }

    @Test
    void allFiveDistricts() {
      String words = String.join(" ", f.current().stream().map(Facts::placeWords).toList());
      for (String p : List.of("quetta", "pasni", "mastung", "nushki|noshki", "gwadar")) {
        assertThat(Facts.matches(words, p)).as(p).isTrue();
      }
    }

    @Test
    void tenSecurityPersonnelAndThirtySevenMilitants() {
      assertThat(f.hasFigure(KILLED, SECURITY_FORCES, 10, null, false, null, null, null)).isTrue();
      assertThat(f.hasFigure(KILLED, MILITANTS, 37, null, true, null, null, null)).isTrue();
    }

    @Test
    void quettaPoliceAreNotAddedToTheTen() {
      assertThat(f.totalBest(KILLED)).isBetween(1, 47);
    }

    @Test
    void campaignOperationHerof() {
      assertThat(f.current()).anyMatch(i -> Facts.matches(i.campaign(), "herof"));
    }

    @Test
    void blaPerpetratorAndClaim() {
      assertThat(f.actors(PERPETRATOR)).anyMatch(a -> Facts.actorIs(a, Facts.BLA));
      assertThat(f.claims(RESPONSIBILITY)).anyMatch(c -> Facts.matches(c.claimant(), Facts.BLA));
    }
  }

  @Nested
  class Seed004 {
    final Facts f = facts("004");

    @Test
    void unresolvedSaturdayAtThree() {
      List<EventDate> sat = f.dates().stream().filter(d -> d.weekday() == DayOfWeek.SATURDAY).toList();
      assertThat(sat).isNotEmpty().anyMatch(d -> "03:00".equals(d.timeOfDay()));
      assertThat(f.dates()).allMatch(d -> d.start() == null);
    }

    @Test
    void atLeastFifteenSecurityPersonnelPerOfficials() {
      assertThat(f.hasFigure(KILLED, SECURITY_FORCES, 15, null, false, AT_LEAST, null, null)).isTrue();
    }

    @Test
    void eighteenCiviliansAndNinetyTwoMilitants() {
      assertThat(f.hasFigure(KILLED, CIVILIANS, 18, null, true, null, null, null)).isTrue();
      assertThat(f.hasFigure(KILLED, MILITANTS, 92, null, true, null, null, null)).isTrue();
    }

    @Test
    void eightyFourClaimedByTheBlaApart() {
      assertThat(f.hasFigure(KILLED, SECURITY_FORCES, 84, null, true, null, "balo?ch|bla|armed_group", null)).isTrue();
    }

    @Test
    void twentyFourPoliceInjured() {
      assertThat(f.hasFigure(INJURED, null, 24, null, true, null, null, null)).isTrue();
    }

    @Test
    void gwadarCiviliansAndMilitants() {
      assertThat(f.hasFigure(KILLED, CIVILIANS, 11, null, true, null, null, "gwadar")).isTrue();
      assertThat(f.hasFigure(KILLED, MILITANTS, 6, null, true, null, null, "gwadar")).isTrue();
    }

    @Test
    void quettaGrenadeKilledTwo() {
      assertThat(f.hasFigure(KILLED, SECURITY_FORCES, 2, null, true, null, null, "quetta")).isTrue();
    }

    @Test
    void noshkiOfficialKidnapped() {
      assertThat(f.hasFigure(KIDNAPPED, OFFICIALS, 1, null, true, null, null, "noshki|nushki")).isTrue();
    }

    @Test
    void noDoubleCounting() {
      assertThat(f.totalBest(KILLED)).isBetween(1, 166);
      assertThat(f.current().stream().flatMap(i -> i.casualties().stream()).map(CasualtyFigure::min))
          .doesNotContain(133);
    }

    @Test
    void campaignOperationHerof() {
      assertThat(f.current()).anyMatch(i -> Facts.matches(i.campaign(), "herof"));
    }

    @Test
    void responsibilityAccusationAndDenial() {
      assertThat(f.claims(RESPONSIBILITY)).anyMatch(c -> Facts.matches(c.claimant(), Facts.BLA));
      assertThat(f.claims(ACCUSATION)).anyMatch(c -> Facts.matches(c.target(), "india|delhi|hindustan"));
      assertThat(f.claims(DENIAL)).anyMatch(c -> Facts.matches(c.claimant(), "india|delhi"));
    }

    @Test
    void kidnapVideoUnverified() {
      assertThat(f.claims(null)).anyMatch(c -> Boolean.FALSE.equals(c.verified()));
    }
  }
}
