package dev.incidents.extract.attribution;

import dev.incidents.extract.internal.DataFiles;
import dev.incidents.extract.internal.EndAnchored;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import dev.incidents.core.model.Source;
import dev.incidents.core.model.SourceType;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who states what a sentence says. Three shapes of attribution are recognised, with the cue
 * words read from {@code cues.tsv} and the source nouns from {@code source-nouns.tsv}:
 *
 * <ul>
 *   <li>a prefix cue followed by the source: "according to Pakistani officials";
 *   <li>a source followed by a speech verb: "police said", "X told Reuters", "the BLA claimed to
 *       have killed 84"; when the verb follows a conjunction ("…, and claimed to have killed 84")
 *       the sentence's subject is taken;
 *   <li>an inverted speech verb after the fact: "…, said police".
 * </ul>
 *
 * <p>When a sentence holds several attributions, the one nearest the given character range wins.
 * Instances are immutable and thread-safe.
 */
public final class Attribution {
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?:'s|’s)$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.-]*");
  private static final Set<String> NP_STOP = Set.of(
      "that", "which", "who", "whom", "and", "but", "while", "as", "after", "when", "in", "on", "at",
      "for", "to", "with", "by", "from", "over", "since", "because", "if", "had", "have", "has", "was",
      "were", "is", "are", "would", "will", "also", "later", "earlier", "said", "told", "reported",
      "it", "he", "she", "they", "we");
  private static final Set<String> LEADING_DROP = Set.of("the", "a", "an", "multiple", "several", "some");
  private static final Pattern CONJUNCTION_BEFORE = Pattern.compile("(?is).*(?:,|\\band)\\s*$");
  private static final EndAnchored PASSIVE_BEFORE = EndAnchored.compile("(?i)\\b(?:was|were|been|being|is|are|be)\\s+$");
  private static final Pattern CLAIM_NOT_SPEECH = Pattern.compile("(?i)^\\s+(?:responsibility|credit|ownership)\\b");
  private static final Pattern OUTCOME_AFTER = Pattern.compile(
      "(?i)^\\s+(?:dead|killed|injured|wounded|missing|kidnapped|abducted|arrested)\\b");
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|least|several");
  private static final Attribution STANDARD = new Attribution();

  private final Map<String, SourceType> nouns = new HashMap<>();
  private final int longestNoun;
  private final Regex prefix;
  private final Regex verb;
  private final Regex inverted;

  private Attribution() {
    int longest = 1;
    for (String[] row : DataFiles.read(Attribution.class, "source-nouns.tsv", 2)) {
      String phrase = row[0].trim().toLowerCase(Locale.ROOT);
      nouns.put(phrase, SourceType.valueOf(row[1].trim()));
      longest = Math.max(longest, phrase.split(" ").length);
    }
    this.longestNoun = longest;
    List<String> pre = new ArrayList<>();
    List<String> verbs = new ArrayList<>();
    List<String> inv = new ArrayList<>();
    for (String[] row : DataFiles.read(Attribution.class, "cues.tsv", 2)) {
      String re = row[1].trim().replace(" ", "\\s+");
      switch (row[0].trim()) {
        case "PREFIX" -> pre.add(re);
        case "VERB" -> verbs.add(re);
        case "INVERTED" -> inv.add(re);
        default -> throw new IllegalStateException("cues.tsv: unknown kind " + row[0]);
      }
    }
    verbs.sort((a, b) -> b.length() - a.length());
    this.prefix = Regex.compile("(?i)\\b(?:" + String.join("|", pre) + ")\\b");
    this.verb = Regex.compile("(?i)\\b(?:" + String.join("|", verbs) + ")\\b");
    this.inverted = Regex.compile("(?i)[,\"”]\\s*(?:" + String.join("|", inv) + ")\\s+");
  }

  /**
   * The attribution component with the bundled lexicon.
   *
   * @return the standard component
   */
  public static Attribution standard() {
    return STANDARD;
  }

  /**
   * The attribution of a whole sentence, if it has one.
   *
   * @param text the analysed article
   * @param sentence index of the sentence
   * @return the attribution, or empty
   */
  public Optional<Attributed> attribute(AnalyzedText text, int sentence) {
    Sentence s = text.sentences().get(sentence);
    return attribute(text, sentence, s.start(), s.start());
  }

  /**
   * The attribution that applies to the range {@code from..to} (offsets in the normalised text,
   * inside the sentence): the attribution of that sentence nearest to the range.
   *
   * @param text the analysed article
   * @param sentence index of the sentence
   * @param from start of the range, inclusive
   * @param to end of the range, exclusive
   * @return the attribution, or empty
   */
  public Optional<Attributed> attribute(AnalyzedText text, int sentence, int from, int to) {
    Sentence s = text.sentences().get(sentence);
    List<Found> found = find(s.text());
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    int lf = from - s.start();
    int lt = to - s.start();
    for (Found f : found) {
      int d = f.end <= lf ? lf - f.end : f.start >= lt ? f.start - lt : 0;
      if (d < bestDistance) {
        best = f;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new Attributed(best.source, text.span(s.start() + best.start, s.start() + best.end)));
  }

  /**
   * The source of what the range states, or {@link Source#UNATTRIBUTED}.
   *
   * @param text the analysed article
   * @param sentence index of the sentence
   * @param from start of the range, inclusive
   * @param to end of the range, exclusive
   * @return the source
   */
  public Source sourceOf(AnalyzedText text, int sentence, int from, int to) {
    return attribute(text, sentence, from, to).map(Attributed::source).orElse(Source.UNATTRIBUTED);
  }

  /**
   * The source a phrase names ("Pakistani officials" → GOVERNMENT), if it names one.
   *
   * @param phrase the words naming a party
   * @return the source, or empty
   */
  public Optional<Source> classify(String phrase) {
    List<Word> words = words(phrase, 0);
    Phrase p = sourcePhrase(phrase, words);
    return p == null ? Optional.empty() : Optional.of(p.source);
  }

  private List<Found> find(String s) {
    List<Found> out = new ArrayList<>();
    String folded = Prefilter.fold(s);
    for (Matcher m = prefix.first(s, folded); m != null; m = prefix.next(m, folded)) {
      List<Word> after = wordsForward(s, m.end());
      Phrase p = sourcePhrase(s, after);
      if (p != null) {
        out.add(new Found(m.start(), p.end, p.source));
      }
    }
    for (Matcher m = verb.first(s, folded); m != null; m = verb.next(m, folded)) {
      String before = s.substring(0, m.start());
      if (PASSIVE_BEFORE.find(before)) {
        continue;
      }
      if (m.group().toLowerCase(Locale.ROOT).startsWith("claim")
          && CLAIM_NOT_SPEECH.matcher(s.substring(m.end())).find()) {
        continue;
      }
      if (OUTCOME_AFTER.matcher(s.substring(m.end())).find()) {
        continue;
      }
      List<Word> back = wordsBackward(s, m.start());
      if (anyNumber(back)) {
        continue;
      }
      Phrase p = sourcePhrase(s, back);
      if (p == null && back.isEmpty() && precededByConjunction(before)) {
        p = sourcePhrase(s, wordsForward(s, 0));
      }
      if (p != null) {
        out.add(new Found(p.start, m.end(), p.source));
      }
    }
    for (Matcher m = inverted.first(s, folded); m != null; m = inverted.next(m, folded)) {
      Phrase p = sourcePhrase(s, wordsForward(s, m.end()));
      if (p != null) {
        out.add(new Found(m.start() + 1, p.end, p.source));
      }
    }
    return out;
  }

  private static boolean precededByConjunction(String before) {
    return CONJUNCTION_BEFORE.matcher(before).matches();
  }

  /** Words after {@code from}, up to punctuation or a function word, at most eight. */
  private static List<Word> wordsForward(String s, int from) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    int pos = from;
    while (out.size() < 8 && m.find(pos)) {
      String gap = s.substring(pos, m.start());
      if (!gap.isBlank()) {
        break;
      }
      String w = withoutTrailingDots(m.group());
      if (NP_STOP.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      out.add(new Word(w, m.start(), m.start() + w.length()));
      pos = m.end();
    }
    return out;
  }

  private static boolean anyNumber(List<Word> words) {
    for (Word w : words) {
      if (NUMBER.matcher(w.text).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Words before {@code to}, back to punctuation or a function word, at most six, in text order. */
  private static List<Word> wordsBackward(String s, int to) {
    List<Word> all = words(s.substring(0, to), 0);
    List<Word> out = new ArrayList<>();
    int end = to;
    for (int i = all.size() - 1; i >= 0 && out.size() < 6; i--) {
      Word w = all.get(i);
      String gap = s.substring(w.end, end);
      if (!gap.isBlank() || NP_STOP.contains(w.text.toLowerCase(Locale.ROOT))) {
        break;
      }
      out.add(0, w);
      end = w.start;
    }
    return out;
  }

  /** A word without its final dots ("Gen." → "Gen"); a word never ends in a line break. */
  private static String withoutTrailingDots(String w) {
    int end = w.length();
    while (end > 0 && w.charAt(end - 1) == '.') {
      end--;
    }
    return end == w.length() ? w : w.substring(0, end);
  }

  private static List<Word> words(String s, int offset) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = withoutTrailingDots(m.group());
      out.add(new Word(w, offset + m.start(), offset + m.start() + w.length()));
    }
    return out;
  }

  /** The source named by a run of words: its type from the leftmost specific source noun. */
  private Phrase sourcePhrase(String s, List<Word> words) {
    SourceType type = null;
    int lastNounEnd = -1;
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(longestNoun, words.size() - i); n >= 1; n--) {
        SourceType t = nouns.get(key(words.subList(i, i + n)));
        if (t != null) {
          if (type == null || type == SourceType.OTHER && t != SourceType.OTHER) {
            type = t;
          }
          matched = n;
          break;
        }
      }
      if (matched > 0) {
        lastNounEnd = i + matched;
        i += matched;
      } else if (type != null) {
        break;
      } else {
        i++;
      }
    }
    if (type == null) {
      return null;
    }
    List<Word> kept = words.subList(0, lastNounEnd);
    int first = 0;
    while (first < kept.size() - 1 && LEADING_DROP.contains(kept.get(first).text.toLowerCase(Locale.ROOT))) {
      first++;
    }
    int start = kept.get(first).start;
    int end = kept.get(kept.size() - 1).end;
    String name = POSSESSIVE_END.matcher(s.substring(start, end)).replaceAll("");
    return new Phrase(new Source(name, type), start, end);
  }

  private static String key(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(POSSESSIVE_END.matcher(w.text.toLowerCase(Locale.ROOT)).replaceAll(""));
    }
    return b.toString();
  }

  private record Word(String text, int start, int end) {}

  private record Phrase(Source source, int start, int end) {}

  private record Found(int start, int end, Source source) {}
}
