package dev.incidents.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text whose UTF-8 bytes were decoded with a single-byte code page: Windows-1252 or
 * Latin-1 ("â€™" for "’", "Ã©" for "é", also when it happened twice) and the Thai code page
 * TIS-620/Windows-874, which turns the lead byte of "’", "“", "”" and "—" into "โ" (U+0E42) and
 * drops the rest, so that the punctuation is restored from its neighbours.
 */
public final class MojibakeRepair implements NormalizationStep {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  /** A lead character of a UTF-8 sequence read as cp1252, followed by continuation characters. */
  private static final Pattern CP1252_RUN = Pattern.compile(
      "[\u00C2-\u00F4][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
          + "\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178\u00A0]{1,3}");
  private static final char THAI_O = '\u0E42';

  @Override
  public AlignedText apply(String text, Consumer<String> warnings) {
    String current = text;
    AlignedText aligned = AlignedText.identity(text);
    int cp1252 = 0;
    for (int round = 0; round < 2; round++) {
      RepairCount count = new RepairCount();
      AlignedText next = repairCp1252(current, count);
      if (count.n == 0) {
        break;
      }
      cp1252 += count.n;
      aligned = aligned.then(next);
      current = next.text();
    }
    RepairCount thai = new RepairCount();
    AlignedText next = repairThai(current, thai);
    if (thai.n > 0) {
      aligned = aligned.then(next);
    }
    if (cp1252 > 0) {
      warnings.accept("mojibake repaired: " + cp1252 + " UTF-8 sequences read as Windows-1252/Latin-1 restored");
    }
    if (thai.n > 0) {
      warnings.accept("mojibake repaired: " + thai.n
          + " punctuation marks read through a Thai code page (U+0E42) restored from context");
    }
    return aligned;
  }

  private static AlignedText repairCp1252(String text, RepairCount count) {
    if (!hasLeadCharacter(text)) {
      return AlignedText.identity(text);
    }
    TextEditor ed = new TextEditor(text);
    Matcher m = CP1252_RUN.matcher(text);
    while (m.find()) {
      String fixed = decode(m.group());
      if (fixed != null) {
        ed.copyTo(m.start()).replaceTo(m.end(), fixed);
        count.n++;
      }
    }
    return ed.finish();
  }

  /** Whether a run of {@link #CP1252_RUN} can start anywhere in {@code text}. */
  private static boolean hasLeadCharacter(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  /** The UTF-8 reading of a run's cp1252 (or Latin-1) bytes, or null if it is not valid UTF-8. */
  private static String decode(String run) {
    byte[] bytes = new byte[run.length()];
    CharsetEncoder enc = CP1252.newEncoder();
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        bytes[i] = (byte) c;
        continue;
      }
      try {
        ByteBuffer b = enc.encode(CharBuffer.wrap(new char[] {c}));
        bytes[i] = b.get();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String s = dec.decode(ByteBuffer.wrap(bytes)).toString();
      return s.length() == 1 ? s : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static AlignedText repairThai(String text, RepairCount count) {
    if (text.indexOf(THAI_O) < 0) {
      return AlignedText.identity(text);
    }
    TextEditor ed = new TextEditor(text);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != THAI_O) {
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (isThai(prev) || isThai(next)) {
        continue;
      }
      String repl = punctuationFor(text, i, prev, next);
      ed.copyTo(i).replaceTo(i + 1, repl);
      count.n++;
    }
    return ed.finish();
  }

  private static String punctuationFor(String text, int i, char prev, char next) {
    if (Character.isLetter(prev) && Character.isLetter(next) && isContractionTail(text, i + 1)) {
      return "\u2019";
    }
    boolean openBefore = Character.isWhitespace(prev) || prev == '(' || prev == '[';
    boolean closeAfter = Character.isWhitespace(next) || ".,;:!?)]".indexOf(next) >= 0;
    if (openBefore && !Character.isWhitespace(next)) {
      return "\u201C";
    }
    if (closeAfter && !Character.isWhitespace(prev)) {
      return "\u201D";
    }
    return "\u2014";
  }

  /** "s", "t", "re", "ve", "ll", "d", "m" followed by a non-letter. */
  private static boolean isContractionTail(String text, int from) {
    int j = from;
    while (j < text.length() && Character.isLetter(text.charAt(j)) && j - from < 3) {
      j++;
    }
    if (j < text.length() && Character.isLetter(text.charAt(j))) {
      return false;
    }
    String tail = text.substring(from, j).toLowerCase(java.util.Locale.ROOT);
    return switch (tail) {
      case "s", "t", "re", "ve", "ll", "d", "m" -> true;
      default -> false;
    };
  }

  private static boolean isThai(char c) {
    return c >= '\u0E00' && c <= '\u0E7F' && c != THAI_O;
  }

  private static final class RepairCount {
    int n;
  }
}
