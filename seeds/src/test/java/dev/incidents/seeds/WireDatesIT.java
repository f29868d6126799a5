package dev.incidents.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Article;
import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.Incident;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The date of the first current incident of short wire reports (invented texts) with a dateline
 * "Place, 3 Mar 89 (Source) --": what the text says about the event, else the dateline's day.
 */
class WireDatesIT {
  private static final LocalDate DATELINE = LocalDate.of(1989, 3, 3);
  private static final String HEAD = "Lima, 3 Mar 89 (Radio Sur) -- [Text] ";

  private static EventDate firstDate(String body) {
    return Seeds.extractor().extract(Article.of(HEAD + body).withId("wire")).incidents().stream()
        .filter(i -> !i.historical()).findFirst().map(Incident::date).orElseThrow();
  }

  @Test
  void aTimeOfDayAloneIsOnTheDatelineDay() {
    EventDate d = firstDate("It was shortly after noon when two gunmen opened fire on a bus near Huanta, "
        + "killing four passengers. The attackers escaped in a stolen car.");
    assertThat(d.start()).isEqualTo(DATELINE);
    assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(d.timeOfDay()).isEqualTo("12:00");
  }

  @Test
  void noDateAtAllIsTheDatelineDay() {
    assertThat(firstDate("Two gunmen opened fire on a bus near Huanta, killing four passengers.").start())
        .isEqualTo(DATELINE);
  }

  @Test
  void aReportDateDoesNotMakeTheNewsBackground() {
    EventDate d = firstDate("Police reported yesterday that a bomb exploded at a bank in Ayacucho, injuring "
        + "three employees. The blast destroyed the building's front.");
    assertThat(d.start()).isEqualTo(DATELINE);
  }

  @Test
  void theEventDayWinsOverTheReportDay() {
    EventDate d = firstDate("Police said yesterday that a bomb exploded on 28 February at a bank in Ayacucho, "
        + "injuring three employees.");
    assertThat(d.start()).isEqualTo(LocalDate.of(1989, 2, 28));
  }

  @Test
  void aRunningTallyOfTheYearDoesNotDateTheIncident() {
    assertThat(firstDate("So far this year, the rebels have killed six mayors in the province.").start())
        .isEqualTo(DATELINE);
    assertThat(firstDate("The rebels have attacked the pipeline 30 times this year. On Tuesday, they blew up a "
        + "section of it near Pisco, killing two guards.").start()).isEqualTo(LocalDate.of(1989, 2, 28));
  }

  @Test
  void aDateDescribingAPlaceOrAPersonDoesNotDateTheIncident() {
    assertThat(firstDate("A bomb has destroyed a section of the pipeline near Pisco. The blast occurred 20 km from "
        + "the place where a convoy was ambushed last Wednesday.").start()).isEqualTo(DATELINE);
    assertThat(firstDate("A bomb killed three clerks near Pisco. The clerks, who had been in the town on Sunday for "
        + "the count, were returning home.").start()).isEqualTo(DATELINE);
  }

  @Test
  void thisWeekIsNoMoreThanTheDatelineButLastWeekIsEarlier() {
    assertThat(firstDate("Rebels blew up a power pylon near Pisco this week, police said.").start())
        .isEqualTo(DATELINE);
    EventDate lastWeek = firstDate("Rebels blew up a power pylon near Pisco last week.");
    assertThat(lastWeek.precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(lastWeek.start()).isEqualTo(LocalDate.of(1989, 2, 20));
  }
}
