package dev.incidents.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.text.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesKeyTest {
  @Test
  void makesTheKeyOfAPlaceName() {
    assertThat(Names.key("Dera Ismail Khan")).isEqualTo("dera ismail khan");
    assertThat(Names.key("Al-Hasakah")).isEqualTo("hasakah");
    assertThat(Names.key("Deir al-Zour")).isEqualTo("deir zour");
    assertThat(Names.key("Za'atari")).isEqualTo("zaatari");
    assertThat(Names.key("Şanlıurfa")).isEqualTo("sanliurfa");
    assertThat(Names.key(" - ")).isEmpty();
  }

  /** The key written for ASCII names is the key of any name. */
  @Test
  void makesTheSameKeyForAsciiNamesAsForAnyName() {
    String[] pieces = {"Al", "al", "AL", "el", "Deir", "Zour", "-", "'", "`", " ", "  ", ".", ",", "(", ")", "7", "Z", "q",
        "al-", "Ismail", "_", "~", "\t", "\n"};
    Random random = new Random(20261207);
    for (int k = 0; k < 20_000; k++) {
      String name = RandomTexts.of(random, pieces, 8, 3).toString();
      assertThat(Names.asciiKey(name)).as(name).isEqualTo(Names.anyKey(name));
    }
  }

  /**
   * Whatever follows a word, the key of the whole begins with the word whose hash the word alone
   * gives, unless it says it cannot tell.
   */
  @Test
  void theFirstWordOfAKeyIsReadFromTheWordAlone() {
    String[] pieces = {"Al", "al", "AL", "Ali", "Deir", "Zour", "-", "'", "`", " ", ".", ",", "(", "7", "Z", "q",
        "al-", "U.S.", "_", "é", "’", "\u0301", "ı", "\t"};
    Random random = new Random(20261208);
    int told = 0;
    for (int k = 0; k < 50_000; k++) {
      String word = RandomTexts.of(random, pieces, 4, 0).toString();
      String text = word + RandomTexts.of(random, pieces, 6, 2);
      int hash = Names.firstWordHash(text, 0, word.length());
      if (hash == Names.UNKNOWN) {
        continue;
      }
      told++;
      String key = Names.key(text);
      int space = key.indexOf(' ');
      assertThat(Names.wordHash(key, 0, space < 0 ? key.length() : space)).as("%s / %s", word, text).isEqualTo(hash);
    }
    assertThat(told).as("words whose first key word was told").isGreaterThan(5_000);
  }

  @Test
  void cannotTellTheFirstWordBehindAnArticleOrBeforeWhatMayContinueIt() {
    assertThat(Names.firstWordHash("Al-Qaim district", 0, 7)).isEqualTo(Names.UNKNOWN);
    assertThat(Names.firstWordHash("al Anbar", 0, 2)).isEqualTo(Names.UNKNOWN);
    assertThat(Names.firstWordHash("Kabul's", 0, 5)).isEqualTo(Names.UNKNOWN);
    assertThat(Names.firstWordHash("Kabulé", 0, 5)).isEqualTo(Names.UNKNOWN);
    assertThat(Names.firstWordHash("Kabul province", 0, 5)).isEqualTo(Names.wordHash("kabul", 0, 5));
    assertThat(Names.firstWordHash("Kabul", 0, 5)).isEqualTo(Names.wordHash("kabul", 0, 5));
    assertThat(Names.firstWordHash("DERA Ismail", 0, 4)).isEqualTo(Names.wordHash("dera", 0, 4));
  }
}
