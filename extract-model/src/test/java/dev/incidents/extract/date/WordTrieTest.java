package dev.incidents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordTrieTest {
  private static final Lexicon LEX = Lexicon.standard();
  /** The contexts the date grammar puts the phrases of these kinds in. */
  private static final List<String> CONTEXTS = List.of("(?<![\\w-])(?:%s)(?![\\w-])", "(%s)(?![\\w-])",
      "(%s|\\d{1,2})\\s+((?i:days?|weeks?))\\s+((?i:ago|earlier))(?![\\w])", "(%s)");

  @Test
  void sharesTheFirstWords() {
    String regex = WordTrie.of(List.of("the day before yesterday", "the same day", "the day before", "that day")).regex();
    // longer words first: "that" before "the", "same" before "day"
    assertThat(regex).isEqualTo("(?:(?i:\\Qthat\\E)\\s+(?:(?i:\\Qday\\E))|(?i:\\Qthe\\E)\\s+(?:(?i:\\Qsame\\E)\\s+"
        + "(?:(?i:\\Qday\\E))|(?i:\\Qday\\E)\\s+(?:(?i:\\Qbefore\\E)(?:\\s+(?:(?i:\\Qyesterday\\E)))?)))");
    Matcher m = Pattern.compile(regex).matcher("On THE  day before\nyesterday, the day before that day");
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    assertThat(found).containsExactly("THE  day before\nyesterday", "the day before", "that day");
  }

  /** In every context the grammar uses, the tree finds what the alternation of the phrases longest first finds. */
  @Test
  void findsWhatTheAlternationOfThePhrasesFinds() {
    Random random = new Random(20261207);
    int matches = 0;
    for (String kind : List.of("anaphor", "relday", "partofday", "number")) {
      List<String> phrases = LEX.phrases(kind);
      String flat = phrases.stream().map(p -> "(?i:" + List.of(p.split(" ")).stream().map(Pattern::quote)
          .collect(Collectors.joining("\\s+")) + ")").collect(Collectors.joining("|", "(?:", ")"));
      String tree = WordTrie.of(phrases).regex();
      List<String> pieces = new ArrayList<>(List.of(" ", "  ", "\n", ",", "-", "x", "s", "9", "12", "days", "ago", "week",
          "earlier", "The", "DAY"));
      for (String p : phrases) {
        pieces.addAll(List.of(p.split(" ")));
        pieces.add(p);
      }
      String[] all = pieces.toArray(String[]::new);
      for (String context : CONTEXTS) {
        Pattern expected = Pattern.compile(String.format(context, flat));
        Pattern actual = Pattern.compile(String.format(context, tree));
        for (int round = 0; round < 3_000; round++) {
          String text = RandomTexts.of(random, all, 10, 2).toString();
          Matcher e = expected.matcher(text);
          Matcher a = actual.matcher(text);
          while (e.find()) {
            assertThat(a.find()).as(kind + " in " + text).isTrue();
            assertThat(a.group()).as(kind + " in " + text).isEqualTo(e.group());
            assertThat(a.start()).isEqualTo(e.start());
            matches++;
          }
          assertThat(a.find()).as(kind + " in " + text).isFalse();
        }
      }
    }
    assertThat(matches).isGreaterThan(20_000);
  }
}
