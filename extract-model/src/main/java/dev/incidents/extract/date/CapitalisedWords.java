package dev.incidents.extract.date;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that open the capitalised phrases of some lexicon kinds ("January", "JAN", "Monday"),
 * found in a sentence by its capitals: a rule whose every match holds a capitalised phrase of a
 * kind (a month name, a weekday) cannot match a sentence where no word of that kind occurs, which
 * one pass over the sentence tells for all kinds at once. Immutable and thread-safe.
 */
final class CapitalisedWords {
  /** For each capital letter, its words and the bit of the kind of each. */
  private final String[][] words = new String[26][];
  private final int[][] kinds = new int[26][];

  /**
   * @param lex the lexicon
   * @param kindNames the kinds, bit {@code 1 << i} standing for {@code kindNames.get(i)}
   */
  CapitalisedWords(Lexicon lex, List<String> kindNames) {
    List<List<String>> w = new ArrayList<>();
    List<List<Integer>> k = new ArrayList<>();
    for (int c = 0; c < 26; c++) {
      w.add(new ArrayList<>());
      k.add(new ArrayList<>());
    }
    for (int i = 0; i < kindNames.size(); i++) {
      for (String word : lex.capitalisedFirstWords(kindNames.get(i))) {
        char c = word.charAt(0);
        if (c < 'A' || c > 'Z') {
          throw new IllegalArgumentException("a capitalised " + kindNames.get(i) + " that begins with " + c);
        }
        w.get(c - 'A').add(word);
        k.get(c - 'A').add(1 << i);
      }
    }
    for (int c = 0; c < 26; c++) {
      words[c] = w.get(c).toArray(String[]::new);
      kinds[c] = k.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * The kinds one of whose words occurs in {@code s}, as bits.
   *
   * @param s a sentence
   * @return the bits of the kinds found
   */
  int kindsIn(String s) {
    int found = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        continue;
      }
      String[] these = words[c - 'A'];
      for (int j = 0; j < these.length; j++) {
        if ((found & kinds[c - 'A'][j]) == 0 && s.startsWith(these[j], i)) {
          found |= kinds[c - 'A'][j];
        }
      }
    }
    return found;
  }
}
