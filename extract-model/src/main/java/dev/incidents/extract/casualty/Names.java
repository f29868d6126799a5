package dev.incidents.extract.casualty;

import dev.incidents.core.model.CasualtyFigure;
import dev.incidents.core.model.Outcome;
import dev.incidents.core.model.Qualifier;
import dev.incidents.core.model.Source;
import dev.incidents.core.model.VictimGroup;
import dev.incidents.core.spi.CasualtyMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.EntityMention;
import dev.incidents.core.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import dev.incidents.extract.internal.Regex;
import java.util.regex.Pattern;

/**
 * Named and singular victims without a count: a person in apposition who "was killed", a person
 * the attackers "shot and killed" or whose "assassination" is reported (one victim, named; the
 * group from a title or an apposition), two victims named together ("X, a colonel, and one other
 * person were killed"), a singular subject the lexicon may not know ("The head of the village was
 * shot dead"; unknown words count overall, never added to a group), a sentence opening "He was
 * injured", and names listed after "Among the dead were …", attached to the figure they belong to.
 * Ranks and titles are stripped. Person entities are used when the analysis has them, capitalised
 * words otherwise.
 */
final class Names {
  /** Who states a range of a sentence. */
  interface SourceOf {
    Source of(AnalyzedText text, int sentence, int from, int to);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The rest of an appositive that describes the person (", a teacher"). */
  private static final Pattern DESCRIBED = Pattern.compile("(?s),\\s*(?:a|an|the)\\s.*");
  private static final String CAP = "[A-Z][\\p{L}'’.-]*";
  /** Lower-case links inside a name: "dit" (and its rendering "said"), "de", "bin", "ould"… */
  private static final String PARTICLE = "(?:dit|said|de|da|del|di|dos|das|van|von|bin|ibn|ould|ag|al|el|la|le)";
  private static final Regex SUBJECT = Regex.compile(
      "(?<![\\p{L}])((?:" + CAP + "\\s+){0,5}?" + CAP + ")\\s*(,[^;]{0,220}?,)?\\s*,?\\s*(?:was|has\\s+been|had\\s+been)\\s+"
          + "(?:\\w+ly\\s+)?(killed|shot\\s+dead|assassinated|gunned\\s+down|slain|martyred|murdered|injured|wounded|"
          + "kidnapped|abducted|arrested)\\b");
  /** Verbs that kill only with "to death" after the victim ("stabbed X to death"). */
  private static final String TO_DEATH = "stabbed|hacked|beat|beaten|burned|burnt|strangled|bludgeoned";
  private static final Pattern TO_DEATH_VERB = Pattern.compile("(?s)(?:" + TO_DEATH + ")\\b.*");
  private static final Pattern TO_DEATH_AFTER = Pattern.compile("(?s)\\s*to\\s+death\\b.*");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:’']+$");
  private static final Regex OBJECT = Regex.compile(
      "(?i:\\b(?:shot\\s+and\\s+killed|killed|assassinated|shot\\s+dead|gunned\\s+down|beheaded|murdered|kidnapped|abducted|"
          + "(?:the\\s+)?(?:assassination|murder|killing)\\s+of|" + TO_DEATH + "))\\s+"
          + "(?:the\\s+\\p{L}+\\s+\\p{L}+,\\s+)?((?:" + CAP + "\\s+(?:" + PARTICLE + "\\s+)?){1,5}" + CAP + ")(,\\s*(?:a|an|the)\\s[^,;]{1,90}?,"
          + "|(?=\\s*[,.;]|\\s+(?:in|on|at|near|outside|inside|during|while|after|before|as|and|to\\s+death)\\b|\\s*$))");
  /** A singular subject without a number ("The head of the village was shot dead"). */
  private static final Regex SINGULAR = Regex.compile(
      "(?:^|(?<=[,;:]\\s)|(?<=\\b(?:when|after|and|as|while|that|said|stated|reported|says|states)\\s))"
          + "(?i:the|a|an)\\s+(?<noun>(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)"
          + "(?<of>\\s+of\\s+(?:(?:the|a|an|his|her|their)\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,3}?[\\p{L}\\p{N}-]+)?\\s+"
          + "(?:(?:was|has\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?(?<verb>killed|shot\\s+dead|assassinated|gunned\\s+down|"
          + "slain|murdered|injured|wounded)|(?<died>died))\\b");
  /** A sentence that opens on a pronoun subject ("He was injured in the attack"). */
  private static final Regex PRONOUN = Regex.compile(
      "^(?:He|She)\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?(killed|shot\\s+dead|assassinated|gunned\\s+down|"
          + "injured|wounded)\\b");
  /** A sentence about an earlier event ("He was injured in a 2019 attack"). */
  private static final Regex BACKGROUND = Regex.compile(
      "(?i)\\b(?:(?:19|20)\\d{2}|previous(?:ly)?|earlier\\s+attack|years?\\s+ago|last\\s+year|former(?:ly)?)\\b");
  /** Words that name no person as the subject of a singular figure. */
  private static final Pattern NOT_A_VICTIM = Pattern.compile(
      "(?i).*\\b(?:attack|attacks|plan|operation|project|car|vehicle|bus|building|house|convoy|plot|deal|bill|motion|"
          + "case|programme|program|talks|process|ceasefire|truce|agreement|engine|fire|bomb|device|suspect|assailant|"
          + "attacker|gunman|bomber|perpetrator)$");
  /** A named person and one more victim ("X, a colonel, and one other person were killed", "X and Y were killed"). */
  private static final Regex PAIR = Regex.compile(
      "(?<![\\p{L}])((?:" + CAP + "\\s+){0,3}" + CAP + ")(,[^,;]{1,90}?,)?\\s+and\\s+(one\\s+other\\s+(?:person|man|woman)|another\\s+"
          + "(?:person|man|woman)|(?:" + CAP + "\\s+){0,3}" + CAP + ")(,[^;]{1,120}?,|,[^;,]{1,120}?\\bwho)?\\s+(?:were|have\\s+been|had\\s+been)\\s+"
          + "(?:\\w+ly\\s+)?(killed|shot\\s+dead|assassinated|gunned\\s+down|slain|murdered|injured|wounded)\\b");
  private static final Regex LIST_CUE = Regex.compile(
      "(?i)\\b(?:among\\s+the\\s+(dead|killed|slain|victims|injured|wounded)|(?:the\\s+)?(dead|deceased|victims|slain)\\s+"
          + "(?:were|included|include|have\\s+been\\s+identified\\s+as)|those\\s+(killed|injured|wounded)\\s+(?:were|included)"
          + "|(identified\\s+as))\\b");
  private static final Pattern MONTH_OR_DAY = Pattern.compile(
      "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
          + "August|September|October|November|December)\\b");
  private static final Pattern NAME_RUN = Pattern.compile("(?:" + CAP + "\\s+){1,5}" + CAP);
  private static final Set<String> LEADING = Set.of("On", "In", "At", "The", "A", "An", "After", "Meanwhile", "Later",
      "Earlier", "Yesterday", "Today", "Also", "However", "Separately", "Police", "Officials");
  private static final Pattern NOT_A_PERSON = Pattern.compile(
      "\\b(?:Army|Liberation|Corps|Province|District|Police|Forces?|Government|Ministry|Party|Front|Brigade|Squad|"
          + "Street|Road|Hospital|University|Agency|Department|Council|State|Republic|Movement|Organization|Group)\\b");

  private final VictimLexicon lexicon;

  Names(VictimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** One-victim figures for named persons who "was killed", not already covered by a figure. */
  List<CasualtyMention> namedSubjects(AnalyzedText text, Sentence sentence, String folded,
      List<CasualtyMention> existing, SourceOf sources) {
    List<CasualtyMention> out = new ArrayList<>();
    String s = sentence.text();
    Matcher m = SUBJECT.matcher(s);
    int next = 0;
    while (next <= s.length() && SUBJECT.find(m, folded, next)) {
      // a rejected match (a dateline word before the name) must not hide the name after it
      next = m.start(1) + 1;
      String raw = m.group(1);
      int nameStart = m.start(1);
      String[] words = SPACES.split(raw);
      int skip = 0;
      while (skip < words.length - 1 && LEADING.contains(words[skip])) {
        nameStart = s.indexOf(words[skip + 1], nameStart + words[skip].length());
        skip++;
      }
      String candidate = s.substring(nameStart, m.end(1));
      Map.Entry<Integer, VictimGroup> title = lexicon.titleAt(candidate);
      String name = clean(title == null ? candidate : candidate.substring(title.getKey()));
      if (name.isEmpty() || NOT_A_PERSON.matcher(name).find()) {
        continue;
      }
      VictimGroup appositionGroup = m.group(2) == null ? VictimGroup.UNKNOWN : lexicon.classify(m.group(2));
      boolean person = isPerson(text, sentence.index(), sentence.start() + nameStart, sentence.start() + m.end(1));
      int nameWords = SPACES.split(name).length;
      if (title == null && !person && appositionGroup == VictimGroup.UNKNOWN
          && (m.group(2) == null || !DESCRIBED.matcher(m.group(2)).matches())
          && (nameWords < 2 || nameWords > 4)) {
        continue;
      }
      boolean describedAppositive = m.group(2) != null && DESCRIBED.matcher(m.group(2)).matches();
      if (title == null && SPACES.split(name).length < 2 && !describedAppositive) {
        continue;
      }
      Outcome outcome = outcomeOf(m.group(3));
      int a = sentence.start() + nameStart;
      int b = sentence.start() + m.end();
      next = m.end();
      if (covered(existing, text.span(a, b), outcome)) {
        nameTheSingleVictim(existing, text.span(a, b), outcome, name);
        continue;
      }
      VictimGroup group = title != null && title.getValue() != VictimGroup.UNKNOWN ? title.getValue() : appositionGroup;
      String victimText = title == null ? null : candidate.substring(0, title.getKey());
      CasualtyFigure f = new CasualtyFigure(outcome, group, victimText, 1, 1, Qualifier.EXACT,
          sources.of(text, sentence.index(), a, b), List.of(name), text.span(a, b));
      out.add(new CasualtyMention(f, sentence.index(), null, false));
    }
    for (Matcher o = OBJECT.first(s, folded); o != null; o = OBJECT.next(o, folded)) {
      String candidate = o.group(1);
      Map.Entry<Integer, VictimGroup> title = lexicon.titleAt(candidate);
      String name = clean(title == null ? candidate : candidate.substring(title.getKey()));
      if (name.isEmpty() || NOT_A_PERSON.matcher(name).find()) {
        continue;
      }
      String verb = o.group().toLowerCase(Locale.ROOT);
      if (TO_DEATH_VERB.matcher(verb).matches() && !TO_DEATH_AFTER.matcher(s.substring(o.end())).matches()) {
        continue;
      }
      Outcome outcome = verb.startsWith("kidnapped") || verb.startsWith("abducted") ? Outcome.KIDNAPPED : Outcome.KILLED;
      int a = sentence.start() + o.start();
      int b = o.group(2).isEmpty() ? sentence.start() + o.end(1) : sentence.start() + o.end(2) - 1;
      if (covered(existing, text.span(a, b), outcome) || covered(out, text.span(a, b), outcome)) {
        continue;
      }
      if (o.group(2).isEmpty() && (title == null && SPACES.split(name).length < 2
          || LEADING.contains(SPACES.split(name)[0]) || MONTH_OR_DAY.matcher(name).find())) {
        continue;
      }
      VictimGroup group = title != null && title.getValue() != VictimGroup.UNKNOWN ? title.getValue()
          : o.group(2).isEmpty() ? VictimGroup.UNKNOWN : lexicon.classify(o.group(2));
      CasualtyFigure f = new CasualtyFigure(outcome, group, null, 1, 1, Qualifier.EXACT,
          sources.of(text, sentence.index(), a, b), List.of(name), text.span(a, b));
      out.add(new CasualtyMention(f, sentence.index(), null, false));
    }
    pairs(text, sentence, folded, existing, out, sources);
    singularSubjects(text, sentence, folded, existing, out, sources);
    return out;
  }

  /** A named person and one more victim: one figure of two. */
  private void pairs(AnalyzedText text, Sentence sentence, String folded, List<CasualtyMention> existing,
      List<CasualtyMention> out, SourceOf sources) {
    String s = sentence.text();
    for (Matcher m = PAIR.first(s, folded); m != null; m = PAIR.next(m, folded)) {
      String first = clean(m.group(1));
      String firstWord = SPACES.split(first)[0];
      if (LEADING.contains(firstWord) || NOT_A_PERSON.matcher(first).find()) {
        continue;
      }
      boolean other = Character.isLowerCase(m.group(3).charAt(0));
      String second = clean(m.group(3));
      if (!other && (NOT_A_PERSON.matcher(second).find() || LEADING.contains(SPACES.split(second)[0])
          || SPACES.split(first).length < 2 && SPACES.split(second).length < 2)) {
        continue;
      }
      if (other && m.group(2) == null && SPACES.split(first).length < 2) {
        continue;
      }
      Outcome outcome = outcomeOf(m.group(5));
      int a = sentence.start() + m.start();
      int b = sentence.start() + m.end();
      if (covered(existing, text.span(a, b), outcome) || covered(out, text.span(a, b), outcome)) {
        continue;
      }
      VictimGroup group = !other && m.group(4) != null && m.group(2) == null ? lexicon.classify(m.group(4))
          : VictimGroup.UNKNOWN;
      List<String> named = other ? List.of(first) : List.of(first, second);
      CasualtyFigure f = new CasualtyFigure(outcome, group, null, 2, 2, Qualifier.EXACT,
          sources.of(text, sentence.index(), a, b), named, text.span(a, b));
      out.add(new CasualtyMention(f, sentence.index(), null, false));
    }
  }

  /**
   * A singular subject that the lexicon does not know as victims ("The head of the village was
   * shot dead", "the mayor was assassinated"): one victim, in the group its words name, else
   * unknown and counted overall.
   */
  private void singularSubjects(AnalyzedText text, Sentence sentence, String folded, List<CasualtyMention> existing,
      List<CasualtyMention> out, SourceOf sources) {
    String s = sentence.text();
    for (Matcher m = SINGULAR.first(s, folded); m != null; m = SINGULAR.next(m, folded)) {
      String noun = m.group("noun");
      boolean died = m.group("died") != null;
      if (NOT_A_VICTIM.matcher(noun).matches() || died && m.group("of") != null) {
        continue;
      }
      VictimLexicon.Victims v = lexicon.after(noun, 0, 2);
      VictimGroup group = v != null && v.singular() && v.end() == noun.length() ? v.group() : VictimGroup.UNKNOWN;
      add(text, sentence, m.start(), m.end(), died ? Outcome.KILLED : outcomeOf(m.group("verb")), group,
          group == VictimGroup.UNKNOWN ? null : noun, existing, out, sources);
    }
    Matcher p = PRONOUN.first(s, folded);
    if (p != null && !BACKGROUND.find(s, folded)) {
      add(text, sentence, p.start(), p.end(), outcomeOf(p.group(1)), VictimGroup.UNKNOWN, null, existing, out,
          sources);
    }
  }

  private static void add(AnalyzedText text, Sentence sentence, int from, int to, Outcome outcome, VictimGroup group,
      String victimText, List<CasualtyMention> existing, List<CasualtyMention> out, SourceOf sources) {
    int a = sentence.start() + from;
    int b = sentence.start() + to;
    if (covered(existing, text.span(a, b), outcome) || covered(out, text.span(a, b), outcome)) {
      return;
    }
    CasualtyFigure f = new CasualtyFigure(outcome, group, victimText, 1, 1, Qualifier.EXACT,
        sources.of(text, sentence.index(), a, b), List.of(), text.span(a, b));
    out.add(new CasualtyMention(f, sentence.index(), null, false));
  }


  /** Attaches names listed after "Among the dead were" to the latest figure they belong to. */
  void attachListedNames(AnalyzedText text, Sentence sentence, String folded, List<CasualtyMention> mentions) {
    String s = sentence.text();
    Matcher cue = LIST_CUE.first(s, folded);
    if (cue == null) {
      return;
    }
    String word = firstNonNull(cue.group(1), cue.group(2), cue.group(3), cue.group(4)).toLowerCase(Locale.ROOT);
    Outcome outcome = word.startsWith("identified") ? null
        : word.equals("injured") || word.equals("wounded") ? Outcome.INJURED : Outcome.KILLED;
    int cueAbs = sentence.start() + cue.start();
    List<String> found = new ArrayList<>();
    VictimGroup titleGroup = null;
    List<EntityMention> persons = text.entitiesIn(sentence.index()).stream()
        .filter(e -> e.type().equals("PERSON") && e.start() >= sentence.start() + cue.end()).toList();
    if (!persons.isEmpty()) {
      for (EntityMention e : persons) {
        Map.Entry<Integer, VictimGroup> title = lexicon.titleAt(e.text());
        String name = clean(title == null ? e.text() : e.text().substring(title.getKey()));
        if (!name.isEmpty()) {
          found.add(name);
        }
      }
    }
    Matcher run = NAME_RUN.matcher(s);
    int from = cue.end();
    while (run.find(from)) {
      from = run.end();
      String candidate = run.group();
      Map.Entry<Integer, VictimGroup> title = lexicon.titleAt(candidate);
      String name = clean(title == null ? candidate : candidate.substring(title.getKey()));
      if (title != null && titleGroup == null && title.getValue() != VictimGroup.UNKNOWN) {
        titleGroup = title.getValue();
      }
      if (persons.isEmpty() && SPACES.split(name).length >= 2 && !NOT_A_PERSON.matcher(name).find()) {
        found.add(name);
      }
      if (from >= s.length()) {
        break;
      }
    }
    if (found.isEmpty()) {
      return;
    }
    int target = -1;
    for (int pass = 0; pass < 2 && target < 0; pass++) {
      for (int i = mentions.size() - 1; i >= 0; i--) {
        CasualtyFigure f = mentions.get(i).figure();
        if (f.isZero() || f.span().start() >= text.span(cueAbs, cueAbs).start()
            || outcome != null && f.outcome() != outcome) {
          continue;
        }
        if (pass == 0 && titleGroup != null && f.victimGroup() != titleGroup) {
          continue;
        }
        target = i;
        break;
      }
    }
    if (target < 0) {
      return;
    }
    CasualtyMention m = mentions.get(target);
    CasualtyFigure f = m.figure();
    Set<String> named = new LinkedHashSet<>(f.named());
    named.addAll(found);
    CasualtyFigure g = new CasualtyFigure(f.outcome(), f.victimGroup(), f.victimText(), f.min(), f.max(),
        f.qualifier(), f.source(), List.copyOf(named), f.span());
    mentions.set(target, new CasualtyMention(g, m.sentence(), m.agent(), m.cumulative()));
  }

  /** Names the one-victim figure that a named subject's words already gave ("a senior officer … was killed"). */
  private static void nameTheSingleVictim(List<CasualtyMention> existing, dev.incidents.core.model.Span span,
      Outcome outcome, String name) {
    for (int i = 0; i < existing.size(); i++) {
      CasualtyMention m = existing.get(i);
      CasualtyFigure f = m.figure();
      if (f.outcome() == outcome && f.min() == 1 && f.max() != null && f.max() == 1 && f.named().isEmpty()
          && f.span().overlaps(span)) {
        existing.set(i, new CasualtyMention(new CasualtyFigure(f.outcome(), f.victimGroup(), f.victimText(), 1, 1,
            f.qualifier(), f.source(), List.of(name), f.span()), m.sentence(), m.agent(), m.cumulative()));
        return;
      }
    }
  }

  private static boolean isPerson(AnalyzedText text, int sentence, int start, int end) {
    for (EntityMention e : text.entitiesIn(sentence)) {
      if (e.type().equals("PERSON") && e.start() < end && start < e.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<CasualtyMention> existing, dev.incidents.core.model.Span span, Outcome outcome) {
    for (CasualtyMention m : existing) {
      if (m.figure().outcome() == outcome && !m.figure().isZero() && m.figure().span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  private static Outcome outcomeOf(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    if (v.startsWith("injured") || v.startsWith("wounded")) {
      return Outcome.INJURED;
    }
    if (v.startsWith("kidnapped") || v.startsWith("abducted")) {
      return Outcome.KIDNAPPED;
    }
    if (v.startsWith("arrested")) {
      return Outcome.ARRESTED;
    }
    return Outcome.KILLED;
  }

  private static String clean(String name) {
    return TRAILING_PUNCTUATION.matcher(name.trim()).replaceAll("");
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "";
  }
}
