package dev.incidents.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.regex.Pattern;

/**
 * Groups the lexicon does not know, recognised from how the text introduces them: "a little-known
 * group called X", "a group calling itself X", "X claimed responsibility", "sources attributed the
 * attack to X", "a pro-Palestinian group".
 */
final class UnknownGroups {
  private UnknownGroups() {}

  /** A group name found at {@code [start, end)} of the sentence. */
  record Found(int start, int end, String name) {}

  private static final String WORD = "[A-Z][\\w’'\\-]*";
  private static final String LINK = "(?:al-\\w+|al|el|de|del|la|of|the|wal|for|du|des|y|in)";
  private static final String NAME = "(" + WORD + "(?:\\s+(?:" + WORD + "|" + LINK + "))*(?:\\s*\\([A-Z][^)]{0,40}\\))?)";
  private static final Regex CALLED = Regex.compile("\\b(?:group|outfit|organi[sz]ation|faction|militia|movement|cell)"
      + ",?\\s+(?:calling itself|which calls itself|called|named|known as)\\s+(?:the\\s+)?[\"“]?" + NAME);
  private static final String CLAIM_CUE = "(?:claimed|claiming|claims|took|accepted)\\s+(?:responsibility|credit)";
  static final Regex CLAIMS = Regex.compile(NAME + "\\s+(?:has\\s+|have\\s+|had\\s+|later\\s+)?" + CLAIM_CUE);
  /** The words that end every match of {@link #CLAIMS}. */
  private static final Regex CLAIM_CUES = Regex.compile(CLAIM_CUE);
  /** How far before its closing parenthesis the opening one of a name's "(...)" may lie. */
  private static final int PARENTHESIS_SPAN = 42;
  private static final Regex AGENT = Regex.compile("(?:attributed (?:the |this |these )?(?:\\w+ ){0,2}?to|carried out by|claimed by|perpetrated by|involvement of)\\s+(?:the\\s+)?" + NAME);
  private static final Regex PRO_ANTI = Regex.compile("\\b(?:an?\\s+|the\\s+)?((?:[Pp]ro|[Aa]nti)-[A-Z]\\w+)\\s+(?:group|militants|activists|extremists|organi[sz]ation)\\b");
  private static final Set<String> NOT_FIRST = Set.of("No", "A", "An", "Sources", "Authorities", "Police", "Officials",
      "He", "She", "It", "They", "Assailants", "Perpetrators", "Gunmen", "Militants", "Security", "Government",
      "Residents", "Reuters", "This", "That", "These", "However", "Nobody", "None", "Local", "Military", "Army", "In", "On", "At");
  private static final Set<String> LINKS = Set.of("al", "el", "de", "del", "la", "of", "the", "wal", "for", "du", "des", "y", "in");
  /** A group's noun ("Front", "Brigades") somewhere in a name. */
  private static final Pattern GROUP_NOUN = Pattern.compile("(?i)\\b(?:brigades?|front|army|movement|resistance|forces?|group|organi[sz]ation|battalion|commando|party|liberation|league|council|squad|cell|militia|jihad|mujahideen|ansar\\w*|jamaat|tigers|fighters|guard|union|alliance|command)\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3,8}");

  static List<Found> find(String sentence) {
    List<Found> out = new ArrayList<>();
    String folded = Prefilter.fold(sentence);
    for (Matcher m = CALLED.first(sentence, folded); m != null; m = CALLED.next(m, folded)) {
      add(out, m.start(1), m.end(1), sentence, true);
    }
    if (CLAIM_CUES.mayMatch(folded)) {
      Matcher m = CLAIMS.matcher(sentence);
      for (int from = 0; findClaim(m, sentence, folded, from); from = Regex.after(m)) {
        add(out, m.start(1), m.end(1), sentence, false);
      }
    }
    for (Matcher m = AGENT.first(sentence, folded); m != null; m = AGENT.next(m, folded)) {
      add(out, m.start(1), m.end(1), sentence, false);
    }
    for (Matcher m = PRO_ANTI.first(sentence, folded); m != null; m = PRO_ANTI.next(m, folded)) {
      String w = m.group(1);
      String name = Character.toUpperCase(w.charAt(0)) + w.substring(1) + " extremists";
      out.add(new Found(m.start(1), m.end(1), name));
    }
    return out;
  }

  /**
   * {@code m.find(from)} for a matcher of {@link #CLAIMS}, which would try the name at every
   * capital of the sentence: a match ends with a cue ("claimed responsibility"), and before the cue
   * it holds only word characters, apostrophes, hyphens and white space, but for one "(...)" right
   * before the cue's verb (its "(" at most {@link #PARENTHESIS_SPAN} characters before its ")"). So no match starts
   * before the run of such characters that ends at some cue, and the search begins at the earliest
   * of those runs and ends with the last cue.
   */
  static boolean findClaim(Matcher m, String sentence, String folded, int from) {
    Matcher cue = CLAIM_CUES.matcher(sentence);
    int earliest = -1;
    int last = -1;
    for (int at = from; CLAIM_CUES.find(cue, folded, at); at = Regex.after(cue)) {
      int start = runBefore(sentence, cue.start());
      earliest = earliest < 0 ? start : Math.min(earliest, start);
      last = cue.end();
    }
    if (earliest < 0) {
      return false;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(from, earliest), last);
    return m.find();
  }

  /** Where the name characters before {@code end} begin, passing one "(...)" that ends right before the cue. */
  private static int runBefore(String s, int end) {
    int j = nameCharsBefore(s, end);
    if (j > 0 && s.charAt(j - 1) == ')') {
      int open = -1;
      for (int q = j - 2; q >= Math.max(0, j - 1 - PARENTHESIS_SPAN) && s.charAt(q) != ')'; q--) {
        if (s.charAt(q) == '(') {
          open = q;
        }
      }
      if (open >= 0) {
        j = nameCharsBefore(s, open);
      }
    }
    return j;
  }

  private static int nameCharsBefore(String s, int end) {
    int j = end;
    while (j > 0 && nameChar(s.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  /** What a name ({@code \\w}, apostrophes, hyphens) or the spaces around its words may hold. */
  private static boolean nameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '\'' || c == '\u2019'
        || c == '-' || Regex.isSpace(c);
  }

  /** Whether {@code name} matches {@code .*\\b(noun)\\b.*}: a group noun, and no line end for "." to stop at. */
  static boolean namesGroupNoun(String name) {
    return GROUP_NOUN.matcher(name).find() && Regex.dotsMatchAll(name);
  }

  private static void add(List<Found> out, int start, int end, String sentence, boolean introduced) {
    String name = sentence.substring(start, end);
    // drop leading articles and trailing links
    while (name.startsWith("The ") || name.startsWith("the ")) {
      name = name.substring(4);
      start += 4;
    }
    String[] words = SPACES.split(name);
    int n = words.length;
    while (n > 1 && LINKS.contains(words[n - 1])) {
      n--;
    }
    if (n < words.length) {
      name = String.join(" ", java.util.Arrays.copyOf(words, n));
      end = start + sentence.substring(start).indexOf(words[n - 1]) + words[n - 1].length();
      name = sentence.substring(start, end);
    }
    if (name.isEmpty() || NOT_FIRST.contains(SPACES.split(name)[0])) {
      return;
    }
    int capitals = 0;
    for (String w : SPACES.split(name)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        capitals++;
      }
    }
    boolean acronym = ACRONYM.matcher(name).matches();
    if (!introduced && !acronym && !(capitals >= 2 && namesGroupNoun(name))) {
      return;
    }
    for (Found f : out) {
      if (f.start() < end && start < f.end()) {
        return;
      }
    }
    out.add(new Found(start, end, name));
  }
}
