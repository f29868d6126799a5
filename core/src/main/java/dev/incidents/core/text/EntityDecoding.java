package dev.incidents.core.text;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Decodes HTML character references left in plain text ("&#8217;", "&amp;", "&quot;"). */
public final class EntityDecoding implements NormalizationStep {
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  @Override
  public AlignedText apply(String text, Consumer<String> warnings) {
    if (text.indexOf('&') < 0) {
      return AlignedText.identity(text);
    }
    TextEditor ed = new TextEditor(text);
    Matcher m = ENTITY.matcher(text);
    int n = 0;
    while (m.find()) {
      String decoded = Parser.unescapeEntities(m.group(), false);
      if (!decoded.equals(m.group())) {
        ed.copyTo(m.start()).replaceTo(m.end(), decoded);
        n++;
      }
    }
    if (n > 0) {
      warnings.accept("HTML character references decoded: " + n);
    }
    return ed.finish();
  }
}
