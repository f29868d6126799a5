package dev.incidents.extract.place;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidents.core.model.Place;
import dev.incidents.core.spi.PlaceMention;
import dev.incidents.extract.nlp.AnalyzerProfile;
import dev.incidents.extract.nlp.CoreNlpAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures admin1 and location accuracy on a coded evaluation set (JSON lines with {@code text},
 * {@code admin1}, {@code city_or_location}). A measurement, not a gate: it runs only when
 * {@code -Dplace.devset=<path>} is given ({@code -Dplace.devset.profile=FAST} adds NER and
 * {@code -Dplace.devset.verbose=true} prints the misses).
 */
class PlaceDevSetEvaluationTest {
  private static final String[] SUFFIXES = {
    " province", " governorate", " region", " state", " department", " departamento", " oblast", " district",
    " county", " division", " prefecture"};

  @Test
  void measure() throws Exception {
    String path = System.getProperty("place.devset");
    assumeTrue(path != null && !path.isBlank(), "set -Dplace.devset=<dev.jsonl> to measure");
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(
        AnalyzerProfile.named(System.getProperty("place.devset.profile", "TOKENS")));
    boolean verbose = Boolean.getBoolean("place.devset.verbose");
    ObjectMapper json = new ObjectMapper();
    Gazetteer g = Gazetteer.bundled();
    int a1Total = 0;
    int a1Ok = 0;
    int locTotal = 0;
    int locOk = 0;
    for (String line : Files.readAllLines(Path.of(path))) {
      JsonNode row = json.readTree(line);
      String text = row.path("text").asText();
      List<PlaceMention> mentions = PlaceExtractorsUnderTest.extract(analyzer, text);
      Optional<PlaceMention> top = PlaceTexts.top(mentions);
      String goldA1 = value(row, "admin1");
      String goldLoc = value(row, "city_or_location");
      if (goldA1 != null) {
        a1Total++;
        boolean ok = top.isPresent() && admin1Matches(g, top.get().place(), goldA1);
        a1Ok += ok ? 1 : 0;
        if (!ok && verbose) {
          System.out.printf("A1 MISS %s gold=%s got=%s%n", row.path("id").asText(), goldA1, top.map(m -> m.place()).orElse(null));
        }
      }
      if (goldLoc != null) {
        locTotal++;
        boolean ok = top.isPresent() && locationMatches(g, top.get().place(), goldLoc);
        locOk += ok ? 1 : 0;
        if (!ok && verbose) {
          System.out.printf("LOC MISS %s gold=%s got=%s%n", row.path("id").asText(), goldLoc, top.map(m -> m.place()).orElse(null));
        }
      }
    }
    System.out.printf("admin1 accuracy %d/%d = %.3f; location accuracy %d/%d = %.3f%n", a1Ok, a1Total,
        a1Ok / (double) a1Total, locOk, locTotal, locOk / (double) locTotal);
  }

  private static String value(JsonNode row, String field) {
    JsonNode n = row.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.asText();
    return s.isBlank() || s.equalsIgnoreCase("unknown") || s.equalsIgnoreCase("none") ? null : s;
  }

  static String norm(String s) {
    String k = " " + Names.key(s);
    for (String suffix : SUFFIXES) {
      if (k.endsWith(suffix)) {
        k = k.substring(0, k.length() - suffix.length());
      }
    }
    return k.trim();
  }

  private static boolean admin1Matches(Gazetteer g, Place p, String gold) {
    if (p.admin1() == null) {
      return false;
    }
    String want = norm(gold);
    Set<String> names = new HashSet<>();
    names.add(norm(p.admin1()));
    for (GazetteerEntry e : g.lookup(p.admin1())) {
      if (e.type() == dev.incidents.core.model.PlaceType.PROVINCE && e.countryCode().equals(p.countryCode())) {
        e.alternateNames().forEach(a -> names.add(norm(a)));
      }
    }
    return names.contains(want);
  }

  private static boolean locationMatches(Gazetteer g, Place p, String gold) {
    String want = norm(gold);
    Set<String> names = new HashSet<>();
    names.add(norm(p.name()));
    names.add(norm(p.text()));
    if (p.site() != null) {
      names.add(norm(p.site()));
    }
    for (GazetteerEntry e : g.lookup(p.name())) {
      if (e.countryCode().equals(p.countryCode())) {
        e.alternateNames().forEach(a -> names.add(norm(a)));
      }
    }
    return names.contains(want);
  }
}
