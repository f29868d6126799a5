package dev.incidents.examples;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.model.Article;
import dev.incidents.core.model.DatePrecision;
import dev.incidents.core.model.DateResolution;
import dev.incidents.core.model.DocumentInfo;
import dev.incidents.core.model.EventDate;
import dev.incidents.core.model.ExtractionResult;
import dev.incidents.core.model.Incident;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Place;
import dev.incidents.core.model.PlaceType;
import dev.incidents.core.model.Span;
import dev.incidents.core.model.Total;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/** Hand-made model values and a fake extraction, so that the CLI is tested without the models. */
public final class Fixtures {
  private Fixtures() {}

  /** A span over made-up text of the given length. */
  public static Span span(String text) {
    return new Span(0, text.length(), text);
  }

  public static EventDate day(String iso) {
    LocalDate d = LocalDate.parse(iso);
    return new EventDate(d, d, DatePrecision.DAY, d.getDayOfWeek(), null, iso, DateResolution.EXPLICIT, span(iso));
  }

  public static Place place(String name, PlaceType type, String admin2, String admin1) {
    return new Place(name, type, null, admin2, admin1, null, null, null, null, name, span(name));
  }

  public static Actor perpetrator(String name, String... aliases) {
    return new Actor(name, List.of(aliases), null, ActorType.ARMED_GROUP, ActorRole.PERPETRATOR, span(name));
  }

  public static Actor target(String name) {
    return new Actor(name, List.of(), null, ActorType.STATE_FORCE, ActorRole.TARGET, span(name));
  }

  public static Total killed(int best) {
    return new Total(Outcome.KILLED, best, best, best);
  }

  public static Total injured(int best) {
    return new Total(Outcome.INJURED, best, best, best);
  }

  public static ExtractionResult result(String id, Incident... incidents) {
    return ExtractionResult.of(new DocumentInfo(id, null, null, null), List.of(incidents), List.of(), List.of());
  }

  /**
   * A deterministic fake: one incident whose killed total is the number of words of the text, dated
   * on the publication date when there is one; throws on a text containing "EXPLODE". With
   * {@code jitter}, sleeps a random short while, so that parallel runs finish out of order.
   */
  public static Function<Article, ExtractionResult> fakeExtraction(boolean jitter) {
    return article -> {
      if (jitter) {
        try {
          Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (article.text().contains("EXPLODE")) {
        throw new IllegalStateException("fake extractor exploded");
      }
      int words = article.text().isBlank() ? 0 : article.text().strip().split("\\s+").length;
      Incident.Builder b = Incident.builder(article.id() + "#1").addTotal(killed(words));
      if (article.publishedDate() != null) {
        b.date(day(article.publishedDate().toString()));
      }
      return ExtractionResult.of(new DocumentInfo(article.id(), article.publishedDate(), null, article.title()),
          List.of(b.build()), List.of(), List.of());
    };
  }
}
