package dev.incidents.extract.place;

import dev.incidents.core.model.PlaceType;
import dev.incidents.extract.internal.WordHashes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code place-words.tsv} and the demonyms of {@code countries.tsv}. */
final class PlaceWords {
  final Map<String, PlaceType> after = new HashMap<>();
  final Set<String> area = new HashSet<>();
  final Set<String> site = new HashSet<>();
  final Set<String> org = new HashSet<>();
  final Set<String> title = new HashSet<>();
  final Set<String> stop = new HashSet<>();
  /** Demonym or adjective (normalised key) to ISO country code. */
  final Map<String, String> demonyms = new HashMap<>();
  /** The first word of each demonym of two words or more ("North Korean"), by {@link Names#wordHash}. */
  private final WordHashes longerDemonymStarts = new WordHashes(12);

  private static final class Holder {
    static final PlaceWords INSTANCE = new PlaceWords();
  }

  static PlaceWords get() {
    return Holder.INSTANCE;
  }

  /** For each ASCII first character and length below 64, whether an area or site word has it. */
  private final long[] areaOrSiteShapes = new long[128];

  private PlaceWords() {
    read("place-words.tsv", c -> {
      String w = Names.lower(c[1]);
      switch (c[0]) {
        case "after" -> after.put(w, PlaceType.valueOf(c[2]));
        case "area" -> area.add(w);
        case "site" -> site.add(w);
        case "org" -> org.add(w);
        case "title" -> title.add(w);
        case "stop" -> stop.add(w);
        default -> throw new IllegalStateException("unknown role in place-words.tsv: " + c[0]);
      }
    });
    for (Set<String> words : java.util.List.of(area, site)) {
      for (String w : words) {
        if (w.isEmpty() || w.charAt(0) >= 0x80 || w.length() >= 64) {
          java.util.Arrays.fill(areaOrSiteShapes, -1L); // the filter cannot tell: it lets everything through
        } else {
          areaOrSiteShapes[w.charAt(0)] |= 1L << w.length();
        }
      }
    }
    read("countries.tsv", c -> {
      if (c.length > 3) {
        for (String d : c[3].split("\\|")) {
          if (!d.isEmpty()) {
            String key = Names.key(d);
            demonyms.put(key, c[0]);
            int space = key.indexOf(' ');
            if (space > 0) {
              longerDemonymStarts.addHash(Names.wordHash(key, 0, space));
            }
          }
        }
      }
    });
  }

  /**
   * Whether a demonym of two words or more may begin with the word of hash {@code wordHash}
   * ({@link Names#firstWordHash}).
   */
  boolean mayBeginLongerDemonym(int wordHash) {
    return longerDemonymStarts.mayContainHash(wordHash);
  }

  /**
   * False when {@code word} lower-cased is surely neither an {@link #area} nor a {@link #site}
   * word: an ASCII word whose first letter and length no such word has. Lets every other word
   * through, so that the scan lower-cases only the words that may be one.
   *
   * @param word a word as written
   * @return false when it is neither
   */
  boolean mayBeAreaOrSite(String word) {
    int n = word.length();
    if (n == 0 || n >= 64) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (word.charAt(i) >= 0x80) {
        return true; // lower-casing may change its length
      }
    }
    char c = word.charAt(0);
    char first = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    return (areaOrSiteShapes[first] & (1L << n)) != 0;
  }

  private interface Row {
    void accept(String[] cols);
  }

  private static void read(String resource, Row row) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Gazetteer.BundledData.open(resource), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
