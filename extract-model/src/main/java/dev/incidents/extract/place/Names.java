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
    return k.indexOf("al ") >= 0 && k.indexOf(' ') > 0 ? dropArticle(k) : k;
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
