package dev.incidents.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.Span;
import org.junit.jupiter.api.Test;

class HtmlAndLanguageTest {
  private final Normalizer normalizer = Normalizer.standard();

  @Test
  void htmlBecomesTextWithOffsetsIntoTheHtml() {
    String html = "<html><head><title>T</title><script>var x = 1;</script></head><body>"
        + "<p>Gunmen killed <b>three</b> police officers.</p><p>Officials said &ldquo;no&rdquo; more.</p></body></html>";
    Normalizer.Normalized n = normalizer.normalize(html);
    String text = n.text().text();
    assertThat(text).contains("Gunmen killed three police officers.").contains("Officials said \"no\" more.")
        .doesNotContain("var x").doesNotContain("<");
    int i = text.indexOf("three");
    Span s = n.text().span(i, i + 5);
    assertThat(html.substring(s.start(), s.end())).isEqualTo("three");
    int q = text.indexOf("\"no\"");
    Span quoted = n.text().span(q, q + 4);
    assertThat(quoted.text()).isEqualTo("&ldquo;no&rdquo;");
    assertThat(n.warnings()).anyMatch(w -> w.contains("HTML"));
  }

  @Test
  void plainTextIsNotTakenForHtml() {
    assertThat(HtmlToText.looksLikeHtml("Five killed as 3 < 4 attackers fled")).isFalse();
    assertThat(normalizer.normalize("Five killed as 3 < 4 attackers fled").text().isIdentity()).isTrue();
  }

  @Test
  void characterReferencesInPlainTextAreDecoded() {
    Normalizer.Normalized n = normalizer.normalize("the group&#8217;s claim &amp; more");
    assertThat(n.text().text()).isEqualTo("the group's claim & more");
    assertThat(n.text().span(9, 11).text()).isEqualTo("&#8217;s");
  }

  @Test
  void tellsEnglishFromOtherLanguages() {
    assertThat(LanguageCheck.isEnglish("Gunmen killed three police officers in an attack on a checkpoint in the "
        + "north of the country on Saturday, officials said.")).isTrue();
    assertThat(LanguageCheck.isEnglish("کوئٹہ میں دھماکے سے تین پولیس اہلکار ہلاک ہو گئے، حکام کے مطابق حملہ آور فرار ہو گئے")).isFalse();
    assertThat(LanguageCheck.isEnglish("Des hommes armés ont tué trois policiers lors d'une attaque contre un poste "
        + "de contrôle dans le nord du pays samedi, selon les autorités locales.")).isFalse();
    assertThat(LanguageCheck.isEnglish("Blast kills 3")).isTrue();
  }
}
