package dev.incidents.core.text;

import java.text.Normalizer.Form;
import java.util.function.Consumer;

/**
 * Unicode NFC, typographic quotes to ASCII quotes, exotic spaces to a plain space, control
 * characters and unpaired surrogates to a space. Length-preserving except for NFC.
 */
public final class UnicodeCleanup implements NormalizationStep {
  @Override
  public AlignedText apply(String text, Consumer<String> warnings) {
    TextEditor ed = new TextEditor(text);
    boolean control = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80 && (c >= 0x20 || c == '\n' || c == '\r' || c == '\t')) {
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i += 2;
        continue;
      }
      String repl = replacement(c);
      if (repl != null) {
        control |= Character.isISOControl(c) || Character.isSurrogate(c);
        ed.copyTo(i).replaceTo(i + 1, repl);
        i++;
        continue;
      }
      int j = i;
      while (j < n && text.charAt(j) >= 0x80 && replacement(text.charAt(j)) == null && !Character.isSurrogate(text.charAt(j))) {
        j++;
      }
      if (j == i) {
        i++;
        continue;
      }
      int from = i > 0 && isCombining(c) && ed.position() <= i - 1 ? i - 1 : i;
      String run = text.substring(from, j);
      String nfc = java.text.Normalizer.normalize(run, Form.NFC);
      if (!nfc.equals(run)) {
        ed.copyTo(from).replaceTo(j, nfc);
      }
      i = j;
    }
    if (control) {
      warnings.accept("control characters or unpaired surrogates replaced by spaces");
    }
    return ed.finish();
  }

  private static boolean isCombining(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static String replacement(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return "'";
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
        return "\"";
      case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
        return " ";
      case '\u2010': case '\u2011':
        return "-";
      case '\uFEFF': case '\u200B':
        return " ";
      default:
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
          return " ";
        }
        return null;
    }
  }
}
