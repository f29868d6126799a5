package dev.incidents.extract.date;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Phrases of words as one case-insensitive regular expression shaped as a tree of their words:
 * {@code the (?:following (?:morning|day)|previous (?:night|day)|…)} rather than one alternative a
 * phrase, so that the matcher reads "the" once where a lexicon holds a dozen phrases that start
 * with it. Words are separated by any white space. Where one phrase continues another ("the day
 * before" and "the day before yesterday"), the longer is tried first, and a longer word before a
 * shorter one ("an" before "a"), so that wherever two phrases match at the same place the tree
 * takes the one an alternation of the phrases longest first takes: they can only be one phrase
 * and its continuation, or a phrase ending in a word and one going through a longer word that the
 * first word begins.
 */
final class WordTrie {
  private final Map<String, WordTrie> next = new LinkedHashMap<>();
  private boolean phraseEnds;

  private WordTrie() {}

  /**
   * The tree of {@code phrases}.
   *
   * @param phrases lower-case phrases, words separated by one space, longest first
   * @return the tree
   */
  static WordTrie of(List<String> phrases) {
    WordTrie root = new WordTrie();
    for (String phrase : phrases) {
      WordTrie node = root;
      for (String word : phrase.split(" ")) {
        node = node.next.computeIfAbsent(word, w -> new WordTrie());
      }
      node.phraseEnds = true;
    }
    return root;
  }

  /**
   * The expression: a non-capturing group that matches exactly the phrases.
   *
   * @return the expression
   */
  String regex() {
    return next.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, WordTrie> e) -> e.getKey().length()).reversed())
        .map(e -> "(?i:" + Pattern.quote(e.getKey()) + ")" + e.getValue().rest())
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** What may follow this node's word: its next words after white space, optional when a phrase ends here. */
  private String rest() {
    if (next.isEmpty()) {
      return "";
    }
    String more = "\\s+" + regex();
    return phraseEnds ? "(?:" + more + ")?" : more;
  }
}
