package dev.incidents.extract.casualty;

import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Qualifier;
import dev.incidents.core.model.Source;
import dev.incidents.core.model.VictimGroup;
import dev.incidents.core.spi.CasualtyExtractor;
import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Sentence;
import dev.incidents.extract.attribution.Attribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.regex.Pattern;

/**
 * Finds casualty figures with rules over each sentence's text, so it works on the cheapest
 * analysis (tokens and sentences); person entities, when the analysis has them, help name victims.
 *
 * <p>A figure is a count ("at least 18", "Twenty-four", "dozens", "a") with the victims it names
 * ("security personnel"), tied to an outcome by a cue before the count ("killing 11 people", "the
 * deaths of 12 militants") or after the victims ("14 soldiers were killed", "… and 23 militants
 * dead"). Counts listed after "including" are parts of the figure before them and are not emitted;
 * "five men, three women and three children" is one figure of 11. Zero statements ("no
 * casualties") give figures of 0..0. Rules and lexicons are the data files of this package.
 *
 * <p>Figures in a clause marked "(coded separately)" belong to another event and are dropped. A
 * later sentence saying the victim "was only injured" withdraws the one death stated before. A
 * figure followed by "across the five incidents" or "in the four related attacks" is marked
 * cumulative: it is not the count of any one incident (see {@link CasualtyTotals}).
 * Thread-safe and stateless between documents.
 */
public final class RuleCasualtyExtractor implements CasualtyExtractor {
  /** The name it is registered under. */
  public static final String NAME = "rules";

  private static final String DETERMINERS = "a|an|the|one|another|his|her";
  private static final Pattern OR_OTHER_OUTCOME =
      Pattern.compile("(?is)^\\s+or\\s+(?:injured|wounded|hurt|killed|dead|missing|detained|arrested).*");
  private static final Pattern LEADING_SPACE = Pattern.compile("^\\s+");
  private static final Pattern NO_OBJECT_CUE = Pattern.compile("(?i)died|dead|detonated|blew\\s+.*");
  private static final WordPattern DET = WordPattern.compile("(?i)(?<![\\w-])(" + DETERMINERS + ")\\s+", DETERMINERS, false);
  private static final Pattern ACRONYM = Pattern.compile("^\\s+(\\p{Lu}{2,6}s?)(?![\\p{L}-])");
  private static final Regex IN_ADDITION = Regex.compile(
      "(?i)\\b(?:in\\s+addition\\s+to|besides|apart\\s+from|excluding)\\s+the\\s+(?:female\\s+|male\\s+)?"
          + "(assailant|attacker|bomber|suicide\\s+bomber|perpetrator|gunman)\\b,?");
  private static final Pattern ALONG_WITH = Pattern.compile("(?i)^[^.;]{0,50}?(?:along\\s+with|together\\s+with|as\\s+well\\s+as)\\s+$");
  private static final Pattern SELF_DETONATION = Pattern.compile("(?i)detonated|blew\\s");
  private static final Regex PART_CUE = Regex.compile(
      "(?i)\\b(?:including|among\\s+them|among\\s+whom|of\\s+whom|of\\s+them|comprising|consisting\\s+of|"
          + "among\\s+the\\s+(?:dead|killed|injured|wounded|victims))\\b");
  private static final Pattern CHAIN = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?|and\\s+|as\\s+well\\s+as\\s+)$");
  private static final Pattern PARENTHETICAL = Pattern.compile("^\\s*(?:,[^,;]{1,90}?,|\\([^)]{0,90}\\)|[—–][^—–]{1,90}[—–]|--[^-]{1,90}--|"
      + ",?\\s*including\\s+[^;]{1,90}?(?=,?\\s*(?:were|was|had|have)\\b),?)");
  private static final Pattern PLACE_PHRASE = Pattern.compile(
      "(?i)^\\s+(?:in|on|at|near|from|inside|aboard|on\\s+board|of)\\s+(?:\\S+\\s+){0,5}?(?=(?:were|was|had\\s+been|have\\s+been)\\b)");
  private static final Pattern OF_PHRASE = Pattern.compile(
      "^\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,;.]{1,140}?\\s+(?=(?:were|was|had\\s+been|have\\s+been)\\b)");
  private static final Pattern TRANSITIVE = Pattern.compile(
      "(?i)killed|wounded|injured|kidnapped|abducted|arrested|detained|seized|captured|shot dead|executed|"
          + "eliminated|neutrali[sz]ed|massacred|beheaded|hurt|gunned down|shot and killed|apprehended");
  private static final Pattern OBJECT_AHEAD = Pattern.compile(
      "(?i)^\\s+(?:a|an|the|his|her|their|its|at\\s+least|more\\s+than|some|about|nearly|up\\s+to|dozens|scores|"
          + "hundreds|several|\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\\b");
  private static final Regex CUMULATIVE_BEFORE = Regex.compile(
      "(?i)(?:a\\s+total\\s+of|total\\s+of|in\\s+total|altogether|overall|combined\\s+total\\s+of)\\s+$");
  private static final Regex CUMULATIVE_SENTENCE = Regex.compile(
      "(?i)\\b(?:combined\\s+with|bringing\\s+the\\s+total|raising\\s+the\\s+total|brought\\s+the\\s+total|"
          + "taking\\s+the\\s+total|in\\s+total|a\\s+total\\s+of)\\b");
  /** A figure stated over several incidents ("across the five incidents", "in the four related attacks"). */
  static final Regex ACROSS_INCIDENTS = Regex.compile(
      "(?i)\\b(?:across\\s+(?:the\\s+|all\\s+)?(?:both|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|"
          + "multiple|separate|these|those)?\\s*(?:related\\s+|separate\\s+|coordinated\\s+|different\\s+)?|"
          + "(?:in|over|during)\\s+(?:the|all|both\\s+of\\s+the)\\s+(?:both|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
          + "\\s+(?:related\\s+|separate\\s+|coordinated\\s+|different\\s+)?)"
          + "(?:incidents|attacks|assaults|bombings|explosions|raids|strikes|clashes|events)\\b");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?is).*(?:[,;.]|\\band\\b|\\bbut\\b).*");
  /** A clause about another event that the text says is reported apart. */
  private static final Regex CODED_SEPARATELY = Regex.compile("(?i)\\(\\s*(?:coded|reported|recorded)\\s+separately\\s*\\)");
  /** A later report that a victim given as dead survived. */
  private static final Regex ONLY_INJURED = Regex.compile(
      "(?i)\\b(?:was|were|had\\s+been)\\s+(?:in\\s+fact\\s+|actually\\s+)?only\\s+(?:injured|wounded|hurt)\\b"
          + "|\\b(?:survived|is\\s+still\\s+alive|was\\s+still\\s+alive)\\b");
  private static final Pattern AGENT_BY = Pattern.compile(
      "(?i)^\\s+by\\s+((?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?[\\p{L}\\p{N}'’-]+)(?=\\s*[,.;()]|\\s+(?:in|on|at|near|during|after|"
          + "while|when|who|which|that|and|as|with|from)\\b|\\s*$)");
  static final Pattern ARTICLE = Pattern.compile("(?i)the|a|an");
  static final Pattern AGENT_STOP = Pattern.compile(
      "(?i)^(?:that|which|who|and|but|while|when|after|as|also|reportedly|allegedly|had|have|has|was|were|then|"
          + "later|it|they|he|she|to|of|in|on|at|by|with|response|retaliation)$");

  private final OutcomeCues cues;
  private final VictimLexicon lexicon;
  private final Attribution attribution;
  private final Names names;

  /** An extractor with the bundled rules and the standard attribution component. */
  public RuleCasualtyExtractor() {
    this(Attribution.standard());
  }

  /**
   * An extractor with the bundled rules and the given attribution component.
   *
   * @param attribution what gives the figures their sources
   */
  public RuleCasualtyExtractor(Attribution attribution) {
    this.cues = new OutcomeCues();
    this.lexicon = new VictimLexicon();
    this.attribution = attribution;
    this.names = new Names(lexicon);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<CasualtyMention> extract(AnalyzedText text) {
    List<CasualtyMention> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      String folded = Prefilter.fold(s.text());
      List<CasualtyMention> found = new ArrayList<>();
      extractSentence(text, s, folded, found);
      found.addAll(names.namedSubjects(text, s, folded, found, this::source));
      dropCodedSeparately(text, s, folded, found);
      found.sort(Comparator.comparingInt(m -> m.figure().span().start()));
      if (ONLY_INJURED.find(s.text(), folded)) {
        withdrawDeaths(found, out);
      }
      out.addAll(found);
      names.attachListedNames(text, s, folded, out);
    }
    return List.copyOf(out);
  }

  /**
   * Figures in a clause that ends "(coded separately)" belong to another event: the text says so.
   * They are dropped, so the text's own statements ("There were no fatalities") decide.
   */
  private static void dropCodedSeparately(AnalyzedText text, Sentence s, String folded, List<CasualtyMention> found) {
    for (Matcher m = CODED_SEPARATELY.first(s.text(), folded); m != null; m = CODED_SEPARATELY.next(m, folded)) {
      int clause = Math.max(s.text().lastIndexOf(';', m.start()), 0);
      int from = text.span(s.start() + clause, s.start() + clause).start();
      int to = text.span(s.start() + m.start(), s.start() + m.start()).start();
      found.removeIf(c -> !c.figure().isZero() && c.figure().span().start() >= from && c.figure().span().end() <= to);
    }
  }

  /**
   * A later sentence saying one victim was "only injured" withdraws the one death stated before
   * for the same group; the injury stays as a figure of its own.
   */
  private static void withdrawDeaths(List<CasualtyMention> found, List<CasualtyMention> before) {
    for (CasualtyMention inj : found) {
      CasualtyFigure f = inj.figure();
      if (f.outcome() != Outcome.INJURED || f.min() != 1 || f.max() == null || f.max() != 1) {
        continue;
      }
      for (int i = before.size() - 1; i >= 0; i--) {
        CasualtyFigure k = before.get(i).figure();
        if (k.outcome() == Outcome.KILLED && k.min() == 1 && k.max() != null && k.max() == 1
            && (k.victimGroup() == f.victimGroup() || f.victimGroup() == VictimGroup.UNKNOWN)) {
          before.remove(i);
          break;
        }
      }
    }
  }

  private Source source(AnalyzedText text, int sentence, int from, int to) {
    return attribution.sourceOf(text, sentence, from, to);
  }

  private void extractSentence(AnalyzedText text, Sentence sentence, String folded, List<CasualtyMention> out) {
    String s = sentence.text();
    List<int[]> zeroRanges = new ArrayList<>();
    for (Map.Entry<Regex, List<Outcome>> z : cues.zero) {
      for (Matcher m = z.getKey().first(s, folded); m != null; m = z.getKey().next(m, folded)) {
        if (overlapsAny(zeroRanges, m.start(), m.end())) {
          continue;
        }
        zeroRanges.add(new int[] {m.start(), m.end()});
        int a = sentence.start() + m.start();
        int b = sentence.start() + m.end();
        Source src = source(text, sentence.index(), a, b);
        for (Outcome o : z.getValue()) {
          out.add(new CasualtyMention(new CasualtyFigure(o, VictimGroup.UNKNOWN, null, 0, 0, Qualifier.EXACT, src,
              List.of(), text.span(a, b)), sentence.index(), null, false));
        }
      }
    }
    List<Candidate> cands = candidates(s, folded, zeroRanges);
    markParts(s, cands);
    closeParenthesisedParts(s, cands);
    for (int i = 1; i < cands.size(); i++) {
      Candidate prev = cands.get(i - 1);
      Candidate c = cands.get(i);
      if (prev.count.qualifier() == Qualifier.AT_LEAST && c.count.qualifier() == Qualifier.EXACT && !c.det
          && CHAIN.matcher(s.substring(prev.end, c.start)).matches()) {
        c.count = new Counts.Count(c.count.min(), null, Qualifier.AT_LEAST);
      }
    }
    assignOutcomes(s, folded, cands);
    for (int i = 1; i < cands.size(); i++) {
      Candidate prev = cands.get(i - 1);
      Candidate c = cands.get(i);
      if (c.outcome == null && prev.outcome != null && c.victims != null
          && ALONG_WITH.matcher(s.substring(prev.cueEnd <= c.start ? prev.cueEnd : prev.end, c.start)).matches()) {
        c.setOutcome(prev.outcome, c.start, c.end);
      }
    }
    mergeFamilies(s, cands);
    Matcher besides = IN_ADDITION.first(s, folded);
    if (besides != null && cands.stream().anyMatch(c -> c.outcome == Outcome.KILLED && !c.part)
        && cands.stream().noneMatch(c -> c.outcome != null && c.start <= besides.start(1) && besides.start(1) < c.end)) {
      int a = sentence.start() + besides.start(1);
      int b = sentence.start() + besides.end(1);
      out.add(new CasualtyMention(new CasualtyFigure(Outcome.KILLED, VictimGroup.MILITANTS, besides.group(1), 1, 1,
          Qualifier.EXACT, source(text, sentence.index(), a, b), List.of(), text.span(a, b)), sentence.index(), null,
          false));
    }
    boolean sentenceCumulative = CUMULATIVE_SENTENCE.find(s, folded);
    for (Candidate c : cands) {
      if (c.part || c.outcome == null || c.merged) {
        continue;
      }
      if (c.victims == null && c.fromBefore && c.outcome != Outcome.KILLED && c.outcome != Outcome.INJURED) {
        continue;
      }
      boolean cumulative = c.toll || CUMULATIVE_BEFORE.mayMatch(folded, 0, c.start)
          && CUMULATIVE_BEFORE.find(s.substring(0, c.start), folded.substring(0, c.start))
          || sentenceCumulative && c.count.qualifier() != Qualifier.AT_MOST && isLargestInSentence(c, cands);
      int from = Math.min(c.start, c.cueStart);
      int to = Math.max(c.end, c.cueEnd);
      Matcher across = ACROSS_INCIDENTS.matcher(s);
      if (ACROSS_INCIDENTS.find(across, folded, to) && across.start() - to <= 25
          && !CLAUSE_BREAK.matcher(s.substring(to, across.start())).matches()) {
        cumulative = true;
        to = across.end();
      }
      int a = sentence.start() + from;
      int b = sentence.start() + to;
      VictimGroup group = c.victims == null ? VictimGroup.UNKNOWN : c.victims.group();
      String victimText = c.victims == null ? null : s.substring(c.victims.start(), c.victims.end());
      CasualtyFigure f = new CasualtyFigure(c.outcome, group, victimText, c.count.min(), c.count.max(),
          c.count.qualifier(), source(text, sentence.index(), a, b), List.of(), text.span(a, b));
      out.add(new CasualtyMention(f, sentence.index(), c.agent, cumulative));
    }
  }

  private static boolean isLargestInSentence(Candidate c, List<Candidate> all) {
    for (Candidate o : all) {
      if (o != c && !o.part && o.outcome == c.outcome && o.count.min() > c.count.min()) {
        return false;
      }
    }
    return true;
  }

  private List<Candidate> candidates(String s, String folded, List<int[]> zeroRanges) {
    List<Candidate> out = new ArrayList<>();
    Matcher m = Counts.COUNT.matcher(s);
    for (int from = 0; Counts.COUNT.find(m, folded, from); from = Regex.after(m)) {
      if (overlapsAny(zeroRanges, m.start(), m.end()) || !Counts.plausible(s, m)) {
        continue;
      }
      Counts.Count count = Counts.parse(m.group(1), m.group(2));
      if (count == null) {
        continue;
      }
      VictimLexicon.Victims v = lexicon.after(s, m.end(), 3);
      if (v == null) {
        Matcher acronym = ACRONYM.matcher(s.substring(m.end()));
        if (acronym.find()) {
          v = new VictimLexicon.Victims(VictimGroup.UNKNOWN, m.end() + acronym.start(1), m.end() + acronym.end(1), false,
              false);
        }
      }
      boolean both = m.group(2).equalsIgnoreCase("both");
      if (both && v == null) {
        continue;
      }
      Candidate c = new Candidate(m.start(), v == null ? m.end() : v.end(), count, v, false);
      out.add(c);
    }
    Matcher d = DET.matcher(s);
    for (int from = 0; DET.find(d, folded, from); from = Regex.after(d)) {
      if (overlapsAny(zeroRanges, d.start(), d.end()) || covered(out, d.start())) {
        continue;
      }
      VictimLexicon.Victims v = lexicon.after(s, d.end(), 2);
      if (v == null || !v.singular()) {
        continue;
      }
      String det = d.group(1).toLowerCase(java.util.Locale.ROOT);
      if (det.equals("one")) {
        continue;
      }
      out.add(new Candidate(d.start(), v.end(), new Counts.Count(1, 1, Qualifier.EXACT), v, true));
    }
    out.sort(Comparator.comparingInt(c -> c.start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      if (!kept.isEmpty() && c.start < kept.get(kept.size() - 1).end) {
        continue;
      }
      kept.add(c);
    }
    return kept;
  }

  private static boolean covered(List<Candidate> cands, int pos) {
    for (Candidate c : cands) {
      if (c.start <= pos && pos < c.end) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (start < r[1] && r[0] < end) {
        return true;
      }
    }
    return false;
  }

  /** Counts listed after "including" (and the list they head) are parts of an earlier figure. */
  private static void markParts(String s, List<Candidate> cands) {
    for (int i = 1; i < cands.size(); i++) {
      Candidate prev = cands.get(i - 1);
      Candidate c = cands.get(i);
      String between = s.substring(prev.end, c.start);
      if (PART_CUE.find(between, Prefilter.fold(between)) && between.length() < 60) {
        c.part = true;
      } else if (prev.part && CHAIN.matcher(between).matches()) {
        c.part = true;
      }
    }
  }

  /**
   * A single part set off by commas (", including the two assailants, and 41 others were
   * injured") ends at the comma: the count after it, with a verb of its own, is a figure again.
   */
  private static final Pattern INCLUDING_GAP = Pattern.compile("(?is)[^,;]*,\\s*including\\s+(?:the\\s+)?");
  private static final Pattern AND_GAP = Pattern.compile("(?s)\\s*,\\s*and\\s+");

  private void closeParenthesisedParts(String s, List<Candidate> cands) {
    for (int i = 2; i < cands.size(); i++) {
      Candidate head = cands.get(i - 2);
      Candidate part = cands.get(i - 1);
      Candidate c = cands.get(i);
      if (head.part || !part.part || !c.part
          || !INCLUDING_GAP.matcher(s.substring(head.end, part.start)).matches()
          || !AND_GAP.matcher(s.substring(part.end, c.start)).matches()) {
        continue;
      }
      String rest = s.substring(c.end);
      boolean ownVerb = cues.after.values().stream().anyMatch(p -> {
        Matcher m = p.matcher(rest);
        return m.find() && !m.group(1).isBlank();
      });
      if (ownVerb) {
        c.part = false;
        for (int j = i + 1; j < cands.size() && cands.get(j).part
            && CHAIN.matcher(s.substring(cands.get(j - 1).end, cands.get(j).start)).matches(); j++) {
          cands.get(j).part = false;
        }
      }
    }
  }

  private void assignOutcomes(String s, String folded, List<Candidate> cands) {
    for (Candidate c : cands) {
      String prefix = s.substring(0, c.start);
      String foldedPrefix = folded.substring(0, c.start);
      for (Map.Entry<Outcome, Regex> e : cues.toll.entrySet()) {
        Matcher m = e.getValue().first(prefix, foldedPrefix);
        if (m != null) {
          c.setOutcome(e.getKey(), m.start(), c.start);
          c.toll = true;
          c.fromBefore = true;
        }
      }
      if (c.outcome != null) {
        continue;
      }
      for (Map.Entry<Outcome, Regex> e : cues.before.entrySet()) {
        Matcher m = e.getValue().first(prefix, foldedPrefix);
        if (m != null) {
          c.setOutcome(e.getKey(), m.start(), c.start);
          c.fromBefore = true;
          c.agent = agentBefore(s, m.start());
          break;
        }
      }
    }
    for (int i = 1; i < cands.size(); i++) {
      Candidate prev = cands.get(i - 1);
      Candidate c = cands.get(i);
      if (c.outcome == null && prev.fromBefore && CHAIN.matcher(s.substring(prev.end, c.start)).matches()) {
        c.setOutcome(prev.outcome, c.start, c.end);
        c.fromBefore = true;
        c.agent = prev.agent;
      }
    }
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      if (c.outcome != null) {
        continue;
      }
      int pos = c.end;
      boolean chained = false;
      for (int j = i + 1; j < cands.size(); j++) {
        Candidate n = cands.get(j);
        if (n.start >= pos && CHAIN.matcher(s.substring(pos, n.start)).matches()) {
          pos = n.end;
          chained = true;
        } else {
          break;
        }
      }
      if (!after(s, folded, c, pos) && c.victims != null && !chained) {
        Matcher p = PARENTHETICAL.matcher(s.substring(pos));
        if (p.find()) {
          if (!after(s, folded, c, pos + p.end())) {
            Matcher pl = PLACE_PHRASE.matcher(s.substring(pos));
            if (pl.find()) {
              after(s, folded, c, pos + pl.end());
            }
          }
        } else {
          Matcher pl = PLACE_PHRASE.matcher(s.substring(pos));
          Matcher of = OF_PHRASE.matcher(s.substring(pos));
          if (pl.find()) {
            after(s, folded, c, pos + pl.end());
          } else if (of.find()) {
            after(s, folded, c, pos + of.end());
          }
        }
      }
    }
  }

  /** Tries an outcome cue right at {@code pos}; sets it on {@code c} when found. */
  private boolean after(String s, String folded, Candidate c, int pos) {
    String rest = s.substring(pos);
    for (Map.Entry<Outcome, Regex> e : cues.after.entrySet()) {
      if (!e.getValue().mayMatch(folded, pos, folded.length())) {
        continue;
      }
      Matcher m = e.getValue().matcher(rest);
      if (!m.find()) {
        continue;
      }
      String aux = m.group(1);
      String cue = m.group(2);
      String following = rest.substring(m.end());
      if (OR_OTHER_OUTCOME.matcher(following).matches()) {
        return false;
      }
      if (aux.isBlank() && TRANSITIVE.matcher(cue).matches() && (OBJECT_AHEAD.matcher(following).find()
          || lexicon.after(LEADING_SPACE.matcher(following).replaceFirst(""), 0, 0) != null)) {
        return false;
      }
      if (SELF_DETONATION.matcher(cue).lookingAt()
          && (c.victims == null || c.victims.group() != VictimGroup.MILITANTS || !aux.isBlank())) {
        return false;
      }
      if (c.det && aux.isBlank() && !NO_OBJECT_CUE.matcher(cue).matches()) {
        return false;
      }
      c.setOutcome(e.getKey(), c.start, pos + m.end());
      Matcher by = AGENT_BY.matcher(following);
      if (by.find()) {
        c.agent = by.group(1);
      }
      return true;
    }
    return false;
  }

  /** The words naming who did it, right before a cue verb ("security forces" killed …), or null. */
  static String agentBefore(String s, int cueStart) {
    List<String> words = new ArrayList<>();
    int end = cueStart;
    for (int k = 0; k < 5; k++) {
      // the word of letters, digits, apostrophes, brackets and hyphens that ends the text before
      // end but for spaces (and a line terminator at the very end, where "$" also matches)
      int wordEnd = Regex.spacesBefore(s, Regex.dollarEnd(s, end));
      int wordStart = wordEnd;
      while (wordStart > 0 && isAgentChar(s.codePointBefore(wordStart))) {
        wordStart -= Character.charCount(s.codePointBefore(wordStart));
      }
      if (wordStart == wordEnd) {
        break;
      }
      String w = s.substring(wordStart, wordEnd);
      if (AGENT_STOP.matcher(w).matches() || Character.isDigit(w.charAt(0))) {
        break;
      }
      words.add(0, w);
      end = wordStart;
      int before = Regex.spacesBefore(s, end);
      if (before > 0 && ",;:.".indexOf(s.charAt(before - 1)) >= 0) {
        break; // the word follows a comma, semicolon, colon or period
      }
    }
    while (!words.isEmpty() && ARTICLE.matcher(words.get(0)).matches()) {
      words.remove(0);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** A character of an agent's word: {@code [\\p{L}\\p{N}'’()-]}. */
  private static boolean isAgentChar(int cp) {
    if (Character.isLetter(cp) || cp == '\'' || cp == '’' || cp == '(' || cp == ')' || cp == '-') {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean sameGroup(VictimLexicon.Victims a, VictimLexicon.Victims b) {
    return a.family() && b.family() || a.group() == b.group() && a.group() != VictimGroup.UNKNOWN;
  }

  /**
   * Merges listed counts of one group ("five men, three women and three children", "one police
   * officer and three gendarmes") into one figure.
   */
  private static void mergeFamilies(String s, List<Candidate> cands) {
    for (int i = 0; i < cands.size(); i++) {
      Candidate head = cands.get(i);
      if (head.merged || head.part || head.outcome == null || head.victims == null) {
        continue;
      }
      int j = i + 1;
      int min = head.count.min();
      boolean exact = head.count.qualifier() == Qualifier.EXACT;
      int end = head.end;
      while (j < cands.size()) {
        Candidate n = cands.get(j);
        if (n.victims == null || !sameGroup(head.victims, n.victims) || n.part || n.outcome != head.outcome
            || !CHAIN.matcher(s.substring(end, n.start)).matches()) {
          break;
        }
        min += n.count.min();
        exact &= n.count.qualifier() == Qualifier.EXACT;
        end = n.end;
        n.merged = true;
        j++;
      }
      if (j > i + 1) {
        head.count = exact ? new Counts.Count(min, min, Qualifier.EXACT) : new Counts.Count(min, null, Qualifier.AT_LEAST);
        head.victims = new VictimLexicon.Victims(head.victims.group(), head.victims.start(), end, false,
            head.victims.family());
        head.end = end;
        head.cueEnd = Math.max(head.cueEnd, end);
      }
    }
  }

  /** A count with its victims, before its outcome is known. */
  private static final class Candidate {
    final int start;
    int end;
    Counts.Count count;
    VictimLexicon.Victims victims;
    final boolean det;
    boolean part;
    boolean merged;
    boolean toll;
    boolean fromBefore;
    Outcome outcome;
    int cueStart;
    int cueEnd;
    String agent;

    Candidate(int start, int end, Counts.Count count, VictimLexicon.Victims victims, boolean det) {
      this.start = start;
      this.end = end;
      this.count = count;
      this.victims = victims;
      this.det = det;
      this.cueStart = start;
      this.cueEnd = end;
    }

    void setOutcome(Outcome o, int from, int to) {
      this.outcome = o;
      this.cueStart = Math.min(from, start);
      this.cueEnd = Math.max(to, end);
    }
  }
}
