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
}
