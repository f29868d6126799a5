package dev.incidents.core.text;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into its text, aligned with the HTML: jsoup parses with source positions,
 * text nodes are copied with their entities decoded, block elements become line breaks, and
 * scripts, styles and markup vanish. Text that does not look like HTML is left as it is.
 */
public final class HtmlToText implements NormalizationStep {
  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
      "(?is)^\\s*(?:<!doctype html|<html|<head|<body)|<(?:p|div|br|article|span|h[1-6]|li|td)\\b[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg", "iframe");

  /**
   * Whether {@code text} looks like an HTML document or fragment.
   *
   * @param text the text
   * @return true when it looks like HTML
   */
  public static boolean looksLikeHtml(String text) {
    int tag = text.indexOf('<');
    if (tag < 0 || tag >= 4096) { // every tag the pattern knows starts with '<'
      return false;
    }
    return LOOKS_LIKE_HTML.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
  }

  @Override
  public AlignedText apply(String html, Consumer<String> warnings) {
    if (!looksLikeHtml(html)) {
      return AlignedText.identity(html);
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, "", parser);
    TextEditor ed = new TextEditor(html);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && !insideSkipped(t)) {
          Range r = t.sourceRange();
          if (!r.isTracked() || r.startPos() < ed.position() || r.endPos() > html.length()) {
            return;
          }
          ed.replaceTo(r.startPos(), gapText(ed, html, r.startPos()));
          copyDecoded(ed, html, r.endPos());
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, doc);
    ed.replaceTo(html.length(), "");
    warnings.accept("HTML input: text extracted from the markup");
    return ed.finish();
  }

  private static boolean insideSkipped(TextNode t) {
    for (Element e = t.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
      if (SKIP.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** What the markup between two text nodes becomes: a line break when it holds a block boundary. */
  private static String gapText(TextEditor ed, String html, int to) {
    String gap = html.substring(ed.position(), to).toLowerCase(java.util.Locale.ROOT);
    if (ed.position() == 0) {
      return "";
    }
    return gap.matches("(?s).*</?(?:p|div|br|h[1-6]|li|tr|td|th|article|section|header|footer|blockquote|ul|ol|table|title)\\b.*")
        ? "\n\n" : "";
  }

  private static void copyDecoded(TextEditor ed, String html, int end) {
    Matcher m = ENTITY.matcher(html).region(ed.position(), end);
    while (m.find()) {
      String decoded = Parser.unescapeEntities(m.group(), false);
      if (!decoded.equals(m.group())) {
        ed.copyTo(m.start()).replaceTo(m.end(), decoded);
      }
    }
    ed.copyTo(end);
  }
}
