package dev.incidents.examples;

import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.PlaceType;
import dev.incidents.extract.IncidentExtractor;
import dev.incidents.extract.actor.ActorLexicon;
import dev.incidents.extract.actor.LexiconEntry;
import dev.incidents.extract.place.Gazetteer;
import dev.incidents.extract.place.GazetteerEntry;
import java.util.List;

/** Adds a village the bundled gazetteer lacks and an armed group the bundled lexicon lacks. */
public final class CustomDataExample {
  private CustomDataExample() {}

  /**
   * Runs the example.
   *
   * @param args the command-line arguments (unused)
   */
  public static void main(String[] args) {
    Gazetteer places = Gazetteer.bundled().plus(List.of(
        new GazetteerEntry("my:1", "Lower Zarin", List.of("Zarin-e Pain"), PlaceType.TOWN, "PPL", "AF",
            "Kandahar", "Kandahar", 31.55, 65.70, 800)));
    ActorLexicon actors = ActorLexicon.bundled().plus(List.of(
        LexiconEntry.of("Valley Defence Front", ActorType.ARMED_GROUP, "Afghanistan", "VDF")));
    IncidentExtractor extractor = IncidentExtractor.builder()
        .resource(Gazetteer.class, places)
        .resource(ActorLexicon.class, actors)
        .build();
    String text = "Fighters of the Valley Defence Front (VDF) killed two policemen in Lower Zarin on Friday.";
    System.out.print(IncidentJson.toPrettyJson(extractor.extract(Article.of(text).withId("custom"))));
  }
}
