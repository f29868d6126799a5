package dev.incidents.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Span;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private final Normalizer normalizer = Normalizer.standard();

  @Test
  void identityKeepsOffsets() {
    Normalizer.Normalized n = normalizer.normalize("Plain text, nothing to do.");
    assertThat(n.text().isIdentity()).isTrue();
    assertThat(n.warnings()).isEmpty();
    assertThat(n.text().span(6, 10)).isEqualTo(new Span(6, 10, "text"));
  }

  @Test
  void typographicQuotesBecomeAsciiWithOffsetsIntact() {
    String original = "The group\u2019s \u201Cstatement\u201D said";
    Normalizer.Normalized n = normalizer.normalize(original);
    assertThat(n.text().text()).isEqualTo("The group's \"statement\" said");
    int i = n.text().text().indexOf("\"statement\"");
    assertThat(n.text().span(i, i + 11).text()).isEqualTo("\u201Cstatement\u201D");
  }

  @Test
  void thaiCodePageMojibakeIsRepairedFromContext() {
    String original = "in Pakistan\u0E42s restive province, officers\u0E42Special Commander, under \u0E42Operation X,\u0E42 here";
    Normalizer.Normalized n = normalizer.normalize(original);
    assertThat(n.text().text())
        .isEqualTo("in Pakistan's restive province, officers\u2014Special Commander, under \"Operation X,\" here");
    assertThat(n.warnings()).singleElement().asString().contains("mojibake");
    int i = n.text().text().indexOf("Pakistan's");
    Span s = n.text().span(i, i + "Pakistan's".length());
    assertThat(s.text()).isEqualTo("Pakistan\u0E42s");
    assertThat(original.substring(s.start(), s.end())).isEqualTo(s.text());
  }

  @Test
  void thaiTextIsLeftAlone() {
    String thai = "\u0E40\u0E21\u0E37\u0E48\u0E2D\u0E42\u0E23\u0E07";
    assertThat(normalizer.normalize(thai).warnings()).isEmpty();
  }

  @Test
  void windows1252MojibakeIsRepairedEvenTwice() {
    String once = "the group\u00E2\u20AC\u2122s caf\u00C3\u00A9";
    Normalizer.Normalized n = normalizer.normalize(once);
    assertThat(n.text().text()).isEqualTo("the group's caf\u00E9");
    assertThat(n.warnings()).anyMatch(w -> w.contains("Windows-1252"));
    int i = n.text().text().indexOf("caf");
    assertThat(n.text().span(i, i + 4).text()).isEqualTo("caf\u00C3\u00A9");
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeSpaces() {
    Normalizer.Normalized n = normalizer.normalize("a\u0000b\uD800c\tz");
    assertThat(n.text().text()).isEqualTo("a b c\tz");
    assertThat(n.warnings()).anyMatch(w -> w.contains("control"));
  }

  @Test
  void nfcComposesWithAlignment() {
    String original = "Tillabe\u0301ri region";
    Normalizer.Normalized n = normalizer.normalize(original);
    assertThat(n.text().text()).isEqualTo("Tillab\u00E9ri region");
    assertThat(n.text().span(0, 9).text()).isEqualTo("Tillabe\u0301ri");
    assertThat(n.text().span(10, 16).text()).isEqualTo("region");
  }

  @Test
  void emptyTextIsFine() {
    assertThat(normalizer.normalize("").text().text()).isEmpty();
    assertThat(normalizer.normalize("").text().span(0, 0)).isEqualTo(new Span(0, 0, ""));
  }
}
