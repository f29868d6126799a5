package dev.incidents.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordHashesTest {
  @Test
  void aWordAddedIsNeverRuledOutInAnyCaseAndMostOthersAre() {
    WordHashes hashes = new WordHashes();
    List<String> words = List.of("soldiers", "policemen", "taliban", "al-shabaab", "2-year-old");
    words.forEach(hashes::add);
    String text = "The SOLDIERS, Policemen and Taliban, al-Shabaab; a 2-Year-Old boy";
    for (String w : words) {
      int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(w);
      assertThat(hashes.surelyAbsent(text, at, at + w.length())).as(w).isFalse();
    }
    assertThat(hashes.surelyAbsent("Mañana", 0, 6)).as("not ASCII: never ruled out").isFalse();
    int absent = 0;
    for (int i = 0; i < 1000; i++) {
      String w = "word" + i;
      if (hashes.surelyAbsent(w, 0, w.length())) {
        absent++;
      }
    }
    assertThat(absent).isGreaterThan(990);
  }

  @Test
  void aLargerSetTakesHashCodesOfWordsReadOutOfLongerStrings() {
    WordHashes hashes = new WordHashes(20);
    hashes.addHash("dera".hashCode());
    hashes.addHash("khyber".hashCode() & Integer.MAX_VALUE);
    assertThat(hashes.mayContainHash("dera".hashCode() & Integer.MAX_VALUE)).isTrue();
    assertThat(hashes.mayContainHash("khyber".hashCode())).isTrue();
    assertThat(hashes.surelyAbsent("Dera Ismail Khan", 0, 4)).isFalse();
    assertThat(hashes.mayContainHash("ismail".hashCode())).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WordHashes(31))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
