package dev.incidents.extract.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineLayoutTest {
  @Test
  void longWireCopyIsHardWrapped() {
    String text = """
        Armed men attacked a police checkpoint on the outskirts of the
        town late on Tuesday, killing two officers and wounding three
        others, a provincial spokesman said. The attackers fled on
        motorcycles towards the hills before reinforcements arrived
        and a search operation was launched in the area on Wednesday.
        """;
    assertThat(LineLayout.isHardWrapped(text)).isTrue();
  }

  @Test
  void shortWireCopyWithHalfItsLinesEndingMidSentenceIsHardWrapped() {
    String text = """
        PORT TOWN, 3 MAR 91 (RADIO) -- [Text] This
        morning, two bombs exploded at a power station being built in
        the northern district, known locally as the river plant.
        Damage was estimated at several million dollars by officials.
        """;
    assertThat(LineLayout.isHardWrapped(text)).isTrue();
  }

  @Test
  void webCopyWithHeadingsAndLongParagraphsIsOneParagraphPerLine() {
    String text = """
        Gunmen attack police post in the north
        Officials say the death toll could rise
        Armed men attacked a police post in the north of the country on Tuesday night, killing two officers and wounding three others, officials said.
        The attackers fled before reinforcements arrived, and a search operation is under way in the surrounding villages, the spokesman added.
        """;
    assertThat(LineLayout.isHardWrapped(text)).isFalse();
  }

  @Test
  void shortLinesThatEndSentencesAreOneParagraphPerLine() {
    String text = """
        Two officers were killed in the attack on Tuesday night.
        Three others were wounded and taken to the district hospital.
        Police said the attackers fled towards the hills afterwards.
        """;
    assertThat(LineLayout.isHardWrapped(text)).isFalse();
  }

  @Test
  void aBlankLineIsAParagraphBreakInWireCopyAnyLineBreakInWebCopy() {
    String text = "One.\nTwo.\n\nThree.";
    assertThat(LineLayout.paragraphBreakBetween(text, 4, 5, true)).isFalse();
    assertThat(LineLayout.paragraphBreakBetween(text, 9, 11, true)).isTrue();
    assertThat(LineLayout.paragraphBreakBetween(text, 4, 5, false)).isTrue();
  }
}
