package dev.incidents.extract.place;

import java.text.Normalizer;
import java.util.Locale;

/** The lookup key of a place name: case, diacritics, apostrophes, hyphens and the article "al-" do not count. */
final class Names {
  private Names() {}

  /** The normalised key of {@code name}; empty when nothing is left. */
  static String key(String name) {
    return ascii(name) ? asciiKey(name) : anyKey(name);
  }

  /**
   * {@link #anyKey} of an ASCII name, written for it: no decomposition, no marks, no letters to
   * fold, and the key made as bytes (the gazetteer scan makes one for every run of capitalised words).
   */
  static String asciiKey(String name) {
    byte[] b = new byte[name.length()];
    int len = 0;
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '`') {
        continue;
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        b[len++] = (byte) c;
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        b[len++] = (byte) (c + 32);
        space = false;
      } else if (!space) {
        b[len++] = ' ';
        space = true;
      }
    }
    if (len > 0 && b[len - 1] == ' ') {
      len--;
    }
    String k = new String(b, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    return withoutArticle(k);
  }

  /** {@code k} without the article "al" before another word ("deir al zour" is "deir zour"). */
  private static String withoutArticle(String k) {
    return k.startsWith("al ") || k.contains(" al ") ? dropArticle(k) : k;
  }

  /** {@link #firstWordHash} cannot tell. */
  static final int UNKNOWN = -1;

  /**
   * The {@link #wordHash} of the first word of the key of every name that begins with the word at
   * {@code [start, end)} of {@code text} and goes on past it ("Dera" of "Dera Ismail Khan"), read
   * from that word alone; {@link #UNKNOWN} when it cannot be: a character that is not ASCII, no
   * letter or digit, the article "al" (dropped before another word), or a word that runs to the end
   * and is followed by what may continue it (a letter, a digit, an apostrophe).
   *
   * @param text the text
   * @param start where the word begins
   * @param end where it ends
   * @return the hash, or {@link #UNKNOWN}
   */
  static int firstWordHash(String text, int start, int end) {
    int h = 0;
    int length = 0;
    boolean article = false;
    int i = start;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return UNKNOWN;
      }
      if (c == '\'' || c == '`') {
        continue;
      }
      if (isAsciiLetterOrDigit(c)) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        article = length == 0 ? lower == 'a' : length == 1 && article && lower == 'l';
        h = 31 * h + lower;
        length++;
      } else if (length > 0) {
        break; // the first word ends inside this one
      }
    }
    if (length == 0 || length == 2 && article) {
      return UNKNOWN;
    }
    if (i == end && end < text.length() && !separates(text.charAt(end))) {
      return UNKNOWN;
    }
    return h & Integer.MAX_VALUE;
  }

  /**
   * The hash of {@code [from, to)} of a key, a word of lower-case letters and digits as {@link
   * #firstWordHash} reads it: {@code key.substring(from, to).hashCode()} with its sign bit cleared.
   *
   * @param key a key
   * @param from where the word begins
   * @param to where it ends
   * @return its hash, never {@link #UNKNOWN}
   */
  static int wordHash(String key, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + key.charAt(i);
    }
    return h & Integer.MAX_VALUE;
  }

  /** Whether {@code c} ends a word of a key wherever it stands (an ASCII character kept as a space). */
  private static boolean separates(char c) {
    return c < 0x80 && !isAsciiLetterOrDigit(c) && c != '\'' && c != '`';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** The key of any name: decomposed, marks and apostrophes dropped, letters and digits lower-cased, the rest a space. */
  static String anyKey(String name) {
    String s = ascii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc' || c == '\u02bb') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int len = b.length();
    if (len > 0 && b.charAt(len - 1) == ' ') {
      b.setLength(len - 1);
    }
    return foldSpecial(withoutArticle(b.toString()));
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String dropArticle(String k) {
    String[] words = k.split(" ");
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals("al") && i < words.length - 1) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(words[i]);
    }
    return b.toString();
  }

  private static String foldSpecial(String k) {
    // letters NFD does not decompose
    if (k.indexOf('ø') < 0 && k.indexOf('đ') < 0 && k.indexOf('ł') < 0 && k.indexOf('ı') < 0 && k.indexOf('ß') < 0) {
      return k;
    }
    return k.replace('ø', 'o').replace('đ', 'd').replace('ł', 'l').replace('ı', 'i').replace("ß", "ss");
  }

  /** Whether {@code word} starts with an upper-case letter. */
  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
