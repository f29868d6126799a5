package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WordPatternTest {
  private static final String DETERMINERS = "a|an|the|one|another|his|her";
  private static final WordPattern DET =
      WordPattern.compile("(?i)(?<![\\w-])(" + DETERMINERS + ")\\s+", DETERMINERS, false);

  @Test
  void findsTheCountsOfASentence() {
    assertThat(matches(Counts.COUNT, "At least 12 soldiers and twenty-one civilians; a dozen wounded, 3,400 fled"))
        .containsExactly("At least 12", "twenty-one", "a dozen", "3,400");
    assertThat(matches(DET, "The soldier and another man saw an-other thing")).containsExactly("The ", "another ");
  }

  /** What the scan finds is what {@link Matcher#find} finds, match after match, on texts made of the patterns' words. */
  @Test
  void findsWhatTheMatcherFinds() {
    String[] pieces = {" ", "  ", "\n", ",", ".", "-", "x", "_", "s", "9", "12", "3,400", "1.5", "$", "%", "at", "least",
        "at least", "about", "around", "some", "more than", "a", "an", "A", "the", "The", "one", "another", "his", "her",
        "hers", "dozen", "dozens", "a dozen", "twenty", "twenty-one", "thirty", "hundred", "two", "seven", "seventy",
        "scores", "up to", "nearly", "almost", "no fewer than", "several", "killed", "men", "about3", "théy"};
    Random random = new Random(20261207);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.of(random, pieces, 14, 2).toString();
      for (WordPattern p : List.of(Counts.COUNT, DET)) {
        Matcher expected = p.matcher(text);
        List<String> all = new ArrayList<>();
        while (expected.find()) {
          all.add(expected.start() + ":" + expected.group());
        }
        assertThat(matchesAt(p, text)).as(text).isEqualTo(all);
        found += all.size();
      }
    }
    assertThat(found).isGreaterThan(20_000);
  }

  private static List<String> matches(WordPattern p, String text) {
    return matchesAt(p, text).stream().map(s -> s.substring(s.indexOf(':') + 1)).toList();
  }

  private static List<String> matchesAt(WordPattern p, String text) {
    String folded = Prefilter.fold(text);
    Matcher m = p.matcher(text);
    List<String> out = new ArrayList<>();
    for (int from = 0; p.find(m, folded, from); from = Regex.after(m)) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }
}
