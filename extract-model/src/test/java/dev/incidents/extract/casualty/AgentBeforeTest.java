package dev.incidents.extract.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The agent before a cue ("Taliban fighters killed ..."), read backwards word by word. */
class AgentBeforeTest {
  @Test
  void readsTheWordsBeforeTheCue() {
    assertThat(RuleCasualtyExtractor.agentBefore("On Monday, Taliban fighters killed two", 28)).isEqualTo("Taliban fighters");
    assertThat(RuleCasualtyExtractor.agentBefore("the gunmen killed", 11)).isEqualTo("gunmen");
    assertThat(RuleCasualtyExtractor.agentBefore("police said they killed", 16)).isNull();
    assertThat(RuleCasualtyExtractor.agentBefore("", 0)).isNull();
  }

  /** The same words as the regular expressions it replaces, on random text. */
  @Test
  void agreesWithTheExpressionsItReplaces() {
    Random random = new Random(3);
    String[] pieces = {"the", "Al-Shabaab", "fighters", "who", "(IS)", "’s", "12", "Ⅻ", "é", "\uD835\uDC00x",
        " ", "  ", "\t", "\n", "\r\n", "\u2028", "\u0085", ",", ".", ";", ":", "!", "a", "THE", "had"};
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      String s = RandomTexts.of(random, pieces, 12, 0).toString();
      int cue = random.nextInt(s.length() + 1);
      if (cue > 0 && cue < s.length() && Character.isLowSurrogate(s.charAt(cue))) {
        continue;
      }
      String expected = byExpressions(s, cue);
      assertThat(RuleCasualtyExtractor.agentBefore(s, cue)).as("[" + s + "] " + cue).isEqualTo(expected);
      found += expected == null ? 0 : 1;
    }
    assertThat(found).isGreaterThan(2_000);
  }

  /** The expressions the backward scan replaced, as the oracle. */
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}'’()-]+)\\s*$");
  private static final Pattern PUNCTUATION_AT_END = Pattern.compile("(?s).*[,;:.]\\s*$");
  private static String byExpressions(String s, int cueStart) {
    List<String> words = new ArrayList<>();
    int end = cueStart;
    Matcher m = LAST_WORD.matcher(s);
    for (int k = 0; k < 5; k++) {
      if (!m.region(0, end).find()) {
        break;
      }
      String w = m.group(1);
      if (RuleCasualtyExtractor.AGENT_STOP.matcher(w).matches() || Character.isDigit(w.charAt(0))) {
        break;
      }
      words.add(0, w);
      end = m.start();
      if (PUNCTUATION_AT_END.matcher(s).region(0, end).matches()) {
        break;
      }
    }
    while (!words.isEmpty() && RuleCasualtyExtractor.ARTICLE.matcher(words.get(0)).matches()) {
      words.remove(0);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }
}
