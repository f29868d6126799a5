package dev.incidents.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** A small, fully populated result over a made-up text, for model and JSON tests. */
public final class Fixtures {
  public static final String TEXT =
      "On Saturday evening a roadside bomb killed three soldiers near Kandahar, police said. "
          + "The Example Front claimed responsibility.";

  private Fixtures() {}

  public static Span span(String words) {
    int i = TEXT.indexOf(words);
    return Span.of(TEXT, i, i + words.length());
  }

  public static ExtractionResult result() {
    Source police = new Source("police", SourceType.POLICE);
    Incident inc = Incident.builder("a1#1")
        .type(EventType.EXPLOSION_REMOTE_VIOLENCE, SubEventType.REMOTE_EXPLOSIVE_IED)
        .date(new EventDate(LocalDate.of(2025, 7, 19), LocalDate.of(2025, 7, 19), DatePrecision.DAY,
            DayOfWeek.SATURDAY, "evening", "Saturday evening", DateResolution.RELATIVE_TO_PUBLICATION,
            span("Saturday evening")))
        .addLocation(new Place("Kandahar", PlaceType.CITY, null, "Kandahar", "Kandahar", "AF",
            31.61, 65.71, "geonames:1138336", "Kandahar", span("Kandahar")))
        .addCasualty(new CasualtyFigure(Outcome.KILLED, VictimGroup.SECURITY_FORCES, "soldiers", 3, 3,
            Qualifier.EXACT, police, List.of(), span("killed three soldiers")))
        .addActor(new Actor("Example Front", List.of("EF"), null, ActorType.ARMED_GROUP, ActorRole.PERPETRATOR,
            span("The Example Front")))
        .addClaim(new Claim(ClaimType.RESPONSIBILITY, "Example Front", null, "claimed responsibility", null,
            span("The Example Front claimed responsibility.")))
        .addWeapon("IED")
        .campaign("Operation Example")
        .addTotal(new Total(Outcome.KILLED, 3, 3, 3))
        .addEvidence(span("On Saturday evening a roadside bomb killed three soldiers near Kandahar, police said."))
        .build();
    Aggregate agg = Aggregate.of(new CasualtyFigure(Outcome.KILLED, VictimGroup.SECURITY_FORCES, null, 3, 3,
        Qualifier.EXACT, Source.UNATTRIBUTED, List.of(), span("three soldiers")), List.of("a1#1"));
    return ExtractionResult.of(new DocumentInfo("a1", LocalDate.of(2025, 7, 20), new Dateline("Kandahar",
        LocalDate.of(2025, 7, 20)), "A title"), List.of(inc), List.of(agg), List.of("a warning"));
  }
}
