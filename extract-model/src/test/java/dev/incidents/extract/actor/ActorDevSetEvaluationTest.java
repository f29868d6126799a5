package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Actor;
import dev.incidents.core.spi.ActorMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Perpetrator accuracy on a coded evaluation set (JSON lines with {@code text} and
 * {@code perpetrator}). A measurement, not a unit test: it runs only when
 * {@code -Dactor.devset=/path/to/dev.jsonl} is given, prints the figure and each miss, and fails
 * below {@code -Dactor.devset.min} (default 0.85).
 */
class ActorDevSetEvaluationTest {
  private static final Set<String> STOP = Set.of("the", "of", "and", "in", "for", "forces", "force", "group", "al");

  @Test
  void perpetratorAccuracy() throws IOException {
    String path = System.getProperty("actor.devset");
    Assumptions.assumeTrue(path != null && !path.isBlank(), "set -Dactor.devset to run the measurement");
    double min = Double.parseDouble(System.getProperty("actor.devset.min", "0.85"));
    LexiconActorExtractor extractor = new LexiconActorExtractor();
    ActorRanking ranking = new ActorRanking(extractor.lexicon());
    ObjectMapper json = new ObjectMapper();
    int total = 0;
    int hit = 0;
    int claims = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(path), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      JsonNode p = r.get("perpetrator");
      if (p == null || p.isNull() || !namesGroup(p.asText())) {
        continue;
      }
      total++;
      var analyzed = ActorTexts.tokens(r.get("text").asText());
      List<ActorMention> mentions = extractor.extract(analyzed);
      claims += new dev.incidents.extract.claim.RuleClaimExtractor().extract(analyzed, mentions).size();
      Optional<Actor> top = ranking.mainPerpetrator(mentions);
      if (top.isPresent() && matches(p.asText(), top.get())) {
        hit++;
      } else {
        misses.add(r.get("id").asText() + " gold=" + p.asText() + " got="
            + top.map(a -> a.name() + "/" + a.role()).orElse("-")
            + " all=" + mentions.stream().map(m -> m.actor().name() + "/" + m.actor().role()).distinct().toList());
      }
    }
    double accuracy = total == 0 ? 0 : (double) hit / total;
    System.out.printf(Locale.ROOT, "perpetrator accuracy %d/%d = %.3f%n", hit, total, accuracy);
    System.out.printf(Locale.ROOT, "claims found on the same records: %d%n", claims);
    misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(accuracy).isGreaterThanOrEqualTo(min);
  }

  static boolean namesGroup(String gold) {
    String g = gold.strip().toLowerCase(Locale.ROOT);
    return !g.isEmpty() && !g.equals("unknown") && !g.startsWith("unidentified") && !g.startsWith("unknown ");
  }

  /** Gold names: "QSD: Syrian Democratic Forces", "Military Forces of Russia (2000-)", "FMLN GENERAL COMMAND". */
  static boolean matches(String gold, Actor actor) {
    List<String> golds = new ArrayList<>();
    String g = gold.replaceAll("\\(\\d{4}-\\d{0,4}\\)", " ");
    golds.add(g);
    golds.addAll(Arrays.asList(g.split(":")));
    golds.add(g.replaceAll("\\([^)]*\\)", " "));
    List<String> names = new ArrayList<>();
    names.add(actor.name());
    names.addAll(actor.aliases());
    if (actor.unit() != null) {
      names.add(actor.name() + " " + actor.unit());
    }
    for (String a : golds) {
      for (String b : names) {
        if (similar(norm(a), norm(b))) {
          return true;
        }
      }
    }
    return false;
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{Nd}' ]", " ").replaceAll("\\s+", " ").strip();
  }

  static boolean similar(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ")) {
      return true;
    }
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    Set<String> common = new HashSet<>(ta);
    common.retainAll(tb);
    Set<String> union = new HashSet<>(ta);
    union.addAll(tb);
    return (double) common.size() / union.size() >= 0.5;
  }

  private static Set<String> tokens(String s) {
    Set<String> out = new HashSet<>();
    for (String t : s.split(" ")) {
      if (!STOP.contains(t) && !t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
