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

  @Test
  void decidesAsTheRegexWordSplitDoesOnRandomMixedTexts() {
    String[] pieces = {"the", "of", "killed", "police", "le", "les", "des", "und", "die", "de", "y", "o", "della",
        "Tué", "ÉTAIT", "İstanbul", "ı", "straße", "кто", "убит", "دھماکے", "𝐀𝐁", "𐐨𐐩", "army", "village", "DES",
        "The", " ", " ", ", ", ".", "\n", "-", "'", "3", "\u00a0"};
    java.util.Random random = new java.util.Random(20261122);
    for (int k = 0; k < 5000; k++) {
      String text = RandomTexts.of(random, pieces, 60, 3).toString();
      assertThat(LanguageCheck.isEnglish(text)).as(text).isEqualTo(byRegex(text));
    }
  }

  /** The check written plainly with a regex word split: the reference for the hand-written scan. */
  private static boolean byRegex(String text) {
    long letters = text.chars().filter(Character::isLetter).count();
    long latin = text.chars().filter(c -> Character.isLetter(c)
        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
    if (letters == 0) {
      return true;
    }
    if (latin * 2 < letters) {
      return false;
    }
    java.util.Set<String> english = java.util.Set.of("the", "of", "and", "in", "to", "a", "was", "were", "is", "are",
        "on", "by", "at", "for", "with", "from", "that", "his", "her", "their", "killed", "said", "an", "as", "has",
        "have", "had", "it", "this", "after", "police");
    java.util.Set<String> others = java.util.Set.of("le", "la", "les", "des", "du", "et", "une", "est", "dans", "sur",
        "el", "los", "las", "del", "y", "con", "por", "una", "der", "die", "das", "und", "mit", "ist", "den", "von",
        "il", "di", "che", "della", "o", "os", "da", "do", "em", "um", "de");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
    int words = 0;
    int function = 0;
    int other = 0;
    while (m.find() && words < 2000) {
      words++;
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      function += english.contains(w) ? 1 : 0;
      other += !english.contains(w) && others.contains(w) ? 1 : 0;
    }
    return words < 12 || other < 3 || other <= function;
  }
}
