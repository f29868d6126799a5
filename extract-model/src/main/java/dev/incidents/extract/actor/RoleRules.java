package dev.incidents.extract.actor;

import dev.incidents.core.model.ActorRole;
import dev.incidents.core.model.ActorType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import dev.incidents.extract.internal.Regex;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The role of an actor mention, read from the words around it in its sentence: the subject of an
 * attack verb or the agent after "by" is a perpetrator, the object of an attack a target, a state
 * force that retaliates, engages or clears a responder. Roles never come from the lexicon; the
 * type only breaks ties when the words say nothing.
 */
final class RoleRules {
  private RoleRules() {}

  /** How a role was decided. */
  enum Basis { CUE, DEFAULT }

  /** A role and whether a cue in the text decided it. */
  record Decision(ActorRole role, Basis basis) {}

  private static final String ATTACK_VERBS = "attack(?:ed|s|ing)?|carr(?:ied|ies|y) out|carrying out|launch(?:ed|es|ing)?"
      + "|str(?:uck|ike|ikes|iking)|plant(?:ed|s|ing)?|shell(?:ed|s|ing)?|fir(?:ed|es|ing)|opened fire|open fire"
      + "|kill(?:ed|s|ing)?|abduct(?:ed|s|ing)?|kidnap(?:ped|s|ping)?|ambush(?:ed|es|ing)?|detonat(?:ed|es|ing)"
      + "|bomb(?:ed|s|ing)?|raid(?:ed|s|ing)?|blew up|blow up|set (?:fire|ablaze)|torch(?:ed|es)?|storm(?:ed|s|ing)?"
      + "|seiz(?:ed|es|ing)|captur(?:ed|es|ing)|target(?:ed|s|ing)?|shot|shoot(?:s|ing)?|behead(?:ed|s)?|execut(?:ed|es)"
      + "|assassinat(?:ed|es)|besieg(?:ed|es)|laid siege|overr?an|hit|conduct(?:ed|s|ing)? (?:an? |\\d+ |several |multiple )?(?:air ?strikes?|air raids?|drone strikes?|strikes?|raids?|attacks?|shelling|bombardments?)"
      + "|thr(?:ew|ow|ows)|hurl(?:ed|s)?|loot(?:ed|s)?|burn(?:ed|t|s)?|destroy(?:ed|s)?|block(?:ed|s)?|clash(?:ed|es)?"
      + "|rap(?:ed|es)|tortur(?:ed|es)|harass(?:ed|es)|assault(?:ed|s)?|dynamited|murder(?:ed|s)?|massacred|beat|stabbed"
      + "|claim(?:ed|s|ing)? (?:responsibility|credit|the|to have|it|that it)|took responsibility|tak(?:es|ing) responsibility"
      + "|detain(?:ed|s)?|arrest(?:ed|s)?|invad(?:ed|es)|infiltrat(?:ed|es)|intercept(?:ed|s)|set up (?:road)?blocks?"
      + "|set up roadblocks|entered|retook|recaptured|took control|threaten(?:ed|s)?|used|blasted|bombard(?:ed|s)?|ha(?:s|ve) carried out|struck again";
  private static final Pattern ATTACK_VERB = Regex.compileForScan("\\b(" + ATTACK_VERBS + ")\\b", 0);
  private static final Pattern PASSIVE_AUX = Pattern.compile("\\b(?:were|was|been|are|is)\\s");
  private static final Regex RESPONSE = Regex.compile("\\b(?:retaliat\\w*|respond(?:ed|s|ing)|in response"
      + "|repell?(?:ed|s)?|repuls\\w*|engag(?:ed|es|ing) (?:the|with)|cordon(?:ed|s)? off|counter[- ]?(?:offensive|attack|operations?)"
      + "|(?:clearance|follow-up|search|mop-up|sanitization|rescue|security|combing|counter-terrorism|counterterrorism|intelligence-based) operations?"
      + "|neutrali[sz]\\w*|regain\\w*|push(?:ed)? back|foil(?:ed|s)?|thwart\\w*|reinforcements|rushed to|arrived at the scene"
      + "|secured|dismantled|returned fire|fought back|hunt(?:ed|ing)? (?:for|down))\\b");
  private static final Regex SUBJECT_CUE = Regex.compile("^(?:(?:also|reportedly|allegedly|later|then|again|on \\w+|had|has|have|were|was|then|subsequently|themselves|swiftly|quickly|jointly)\\s+)*(?:" + ATTACK_VERBS + ")\\b");
  private static final Regex SPEECH = Regex.compile("^(?:(?:also|later|has|have|had|swiftly|strongly)\\s+)*(?:condemn(?:ed|s)|denounc(?:ed|es)|said|says|stated|announced|vowed|pledged|warned|issued|confirmed|reported|characteri[sz]ed|described|praised|declared|denied|denies|rejected|dismissed|accused|blamed)\\b");
  private static final Regex COUNTED = Regex.compile("(?:\\b\\d+|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of))\\s+$");
  private static final Regex VICTIM_WORDS = Regex.compile("\\b(?:killed|dead|died|injured|wounded|abducted|kidnapped|martyred|lost their lives)\\b");
  private static final Pattern HEAD = Regex.compileForScan("^(?:[’']s)?(?:\\s*\\([^)]{1,60}\\))?(?:\\s+(?:militants?|fighters?|members?|gunmen|rebels?|insurgents?"
      + "|forces?|troops?|soldiers?|guerrillas?|operatives?|militiamen|elements?|jihadists?|cadres?|commandos?|personnel"
      + "|units?|chapter|branch|wing|faction|cell|supporters|suicide bombers?|air ?raids?|air ?strikes?|strikes?|shelling|raids?|urban guerrillas?|terrorists?|men|group|army|militia|separatists?|extremists?|activists?"
      + "|drones?|warplanes?|jets|gunboats|artillery|officers?|police|ground forces|land forces|air force|navy|special forces|security forces|spokes(?:man|person)))*"
      + "(?:\\s*,\\s*(?:an?|the)\\s[^,]{1,90},)?\\s*", 0);
  private static final Regex TARGET_HEAD = Regex.compile("^(?:[’']s)?(?:\\s*\\([^)]{1,60}\\))?\\s+(?:\\w+\\s+)?(?:positions?|bases?|camps?|posts?|outposts?|checkpoints?|convoys?"
      + "|patrols?|vehicles?|barracks|stations?|headquarters|installations?|facilit(?:y|ies)|hideouts?|strongholds?|targets)\\b");
  private static final Regex PASSIVE_VICTIM = Regex.compile("^(?:[’']s)?(?:\\s*\\([^)]{1,60}\\))?(?:\\s+(?:soldiers?|personnel|officers?|troops|members?|militants?|fighters?|men|policemen|guards?|commanders?))*"
      + "\\s+(?:were|was|have been|has been|had been)\\s+(?:\\w+\\s+)?(?:killed|injured|wounded|abducted|kidnapped|captured|arrested|detained|shot|targeted|attacked|ambushed|hurt|executed|beheaded|martyred)");
  private static final Regex PERPETRATOR_BY = Regex.compile("(?:claim(?:ed|s)?|carried out|attacks?|strikes?|assaults?|bombings?|ambush(?:es)?|planted|perpetrated|committed|killed|abducted|kidnapped"
      + "|shot|targeted|shelled|fired|orchestrated|masterminded|executed|staged|led|launched|conducted|detonated|raid(?:ed)?|violence|offensive|threats?|wounded|injured|attacked|set|destroyed|seized|captured)"
      + "\\s+(?:\\w+\\s+){0,3}?by\\s+(?:the\\s+)?(?:suspected\\s+|presumed\\s+|alleged\\s+|armed\\s+)?$");
  private static final Regex ATTRIBUTED = Regex.compile("(?:attribut(?:ed|ing)|blam(?:ed|ing)|pinned)\\s+(?:the\\s+|this\\s+|these\\s+)?(?:\\w+\\s+){0,3}?(?:to|on)\\s+(?:the\\s+)?(?:suspected\\s+|presumed\\s+)?$"
      + "|(?:sources|police|officials|authorities|they|it|investigators|he|she|military|army|residents|witnesses)\\s+(?:\\w+\\s+)?(?:suspected|believed|thought|assumed)\\s+(?:that\\s+)?(?:the\\s+)?$|involvement of\\s+(?:the\\s+)?$|(?:bombers?|attackers?|assailants|gunmen|militants|fighters|device|ied|members|elements|remnants|involvement)\\s+(?:\\w+\\s+)?(?:from|of)\\s+(?:the\\s+)?(?:suspected\\s+|presumed\\s+)?$"
      + "|identified as\\s+$|\\(\\s*(?:assumed|presumed|suspected)\\s+$");
  private static final Regex RESPONDER_BY = Regex.compile("(?:repell?ed|repulsed|foiled|thwarted|intercepted|neutrali[sz]ed|killed in (?:a |an )?(?:counter\\w*|operation|response)[^,]*|pushed back|surrounded|arrested|detained|apprehended|chased|engaged)\\s+by\\s+(?:the\\s+)?$");
  private static final Regex TARGET_LEFT = Regex.compile("(?:\\b(?:attack(?:ed|s|ing)?|target(?:ed|s|ing)?|ambush(?:ed|es|ing)?|shell(?:ed|ing)|struck|hit|raid(?:ed|s)?|assault(?:ed|s)?|bomb(?:ed|ing)"
      + "|kill(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|overran|stormed|besieged|killing|arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing))\\s+(?:the\\s+|a\\s+|an\\s+|\\d+\\s+|two\\s+|three\\s+|four\\s+|five\\s+|several\\s+|at least \\w+\\s+|(?!(?:when|as|after|while|by|in|at|on|during|before|and|but|with|near)\\b)\\w+\\s+)?(?:suspected\\s+|alleged\\s+|presumed\\s+)?"
      + "|\\b(?:fir(?:ed|ing)|opened fire|firing|shots|missiles?|rockets?|mortars?|artillery|shells)\\s+(?:\\w+\\s+){0,2}?(?:at|on|upon|towards|into)\\s+(?:the\\s+)?"
      + "|\\b(?:attacks?|assaults?|strikes?|airstrikes?|air strikes?|raids?|ambush(?:es)?|offensives?|operations?|crackdown|bombings?|violence|war|fighting|campaign|insurgency)\\s+(?:on|against|targeting|upon)\\s+(?:the\\s+)?(?:\\w+\\s+)?"
      + "|\\bagainst\\s+(?:the\\s+|an?\\s+)?(?:suspected\\s+|presumed\\s+)?(?:\\w+\\s+)?|\\b(?:squad|unit|officer|officers|member|members|personnel|soldiers?|commander|major|captain|convoy|post|base|camp|checkpoint)\\s+(?:of|in|from|with)\\s+(?:the\\s+)?"
      + "|\\b(?:targeting|killing|wounding|injuring)\\s+(?:the\\s+|a\\s+|an\\s+|\\d+\\s+|two\\s+|several\\s+)?)$");

  /** The rules read on the words before a mention, in the order they are tried. */
  static final List<Regex> LEFT_RULES = List.of(RESPONDER_BY, PERPETRATOR_BY, ATTRIBUTED, TARGET_LEFT, COUNTED);

  /**
   * The words before a mention after its last comma: every rule of {@link #LEFT_RULES} ends at the
   * mention, holds no comma, and needs of the character before its match only that it is no word
   * character, which a comma is not; so they answer the same on these words as on the whole
   * context, and read less (RoleRulesTest checks it on random contexts).
   */
  static String afterLastComma(String left) {
    return left.substring(left.lastIndexOf(',') + 1);
  }

  static Decision decide(String sentence, int start, int end, ActorType type) {
    String left = sentence.substring(Math.max(0, start - 90), start).toLowerCase(Locale.ROOT);
    String rightRaw = sentence.substring(end, Math.min(sentence.length(), end + 140));
    String right = rightRaw.toLowerCase(Locale.ROOT);
    boolean state = type == ActorType.STATE_FORCE || type == ActorType.GOVERNMENT;
    String tail = afterLastComma(left);
    if (RESPONDER_BY.find(tail)) {
      return cue(state ? ActorRole.RESPONDER : ActorRole.PERPETRATOR);
    }
    if (PERPETRATOR_BY.find(tail) || ATTRIBUTED.find(tail)) {
      return cue(ActorRole.PERPETRATOR);
    }
    if (TARGET_LEFT.find(tail)) {
      return cue(ActorRole.TARGET);
    }
    if (COUNTED.find(tail) && VICTIM_WORDS.find(right.substring(0, Math.min(right.length(), 50)))) {
      // "the 18 security personnel killed", "14 Pakistani soldiers were killed"
      return cue(ActorRole.TARGET);
    }
    if (TARGET_HEAD.find(right) || PASSIVE_VICTIM.find(right)) {
      return cue(ActorRole.TARGET);
    }
    Matcher head = HEAD.matcher(right);
    int verbAt = head.lookingAt() ? head.end() : 0;
    String afterHead = right.substring(verbAt);
    if (state && RESPONSE.find(clause(afterHead))) {
      return cue(ActorRole.RESPONDER);
    }
    if (state && SPEECH.find(afterHead)) {
      // a state party speaking about the event ("ISPR condemned the attack") is on the responding side
      return cue(ActorRole.RESPONDER);
    }
    if (SUBJECT_CUE.find(afterHead)) {
      return cue(ActorRole.PERPETRATOR);
    }
    if (afterHead.startsWith("and ") || afterHead.startsWith("or ")) {
      // coordinated subjects: "Frontier Corps personnel and Levies forces engaged the insurgents"
      String rest = afterHead.substring(afterHead.indexOf(' ') + 1);
      int cut = Math.min(rest.length(), 60);
      Matcher m = ATTACK_VERB.matcher(rest.substring(0, cut));
      if (state && RESPONSE.find(clause(rest))) {
        return cue(ActorRole.RESPONDER);
      }
      if (m.find() && !PASSIVE_AUX.matcher(rest.substring(0, m.start())).find()) {
        return cue(ActorRole.PERPETRATOR);
      }
    }
    // a state force with a response cue was answered above (state && RESPONSE): here it has none
    return new Decision(type == ActorType.ARMED_GROUP ? ActorRole.PERPETRATOR : ActorRole.TARGET, Basis.DEFAULT);
  }

  /** {@code s} up to its first clause break (";", ". ", " while ", " which ", …), at most 110 characters. */
  static String clause(String s) {
    int limit = Math.min(s.length(), 110);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (c == ';' || c == '.' && s.startsWith(". ", i) || c == ' ' && breaksAt(s, i)) {
        return s.substring(0, i);
      }
    }
    return s.substring(0, limit);
  }

  private static final String[] SPACED_BREAKS = {" while ", " which ", " who ", " after ", " when ", " but "};
  /** The letters the breaks begin with after their space: a space before any other character is no break. */
  private static final String BREAK_FIRST_LETTERS = Arrays.stream(SPACED_BREAKS)
      .map(b -> b.substring(1, 2)).distinct().collect(Collectors.joining());

  private static boolean breaksAt(String s, int i) {
    if (i + 1 >= s.length() || BREAK_FIRST_LETTERS.indexOf(s.charAt(i + 1)) < 0) {
      return false;
    }
    for (String stop : SPACED_BREAKS) {
      if (s.startsWith(stop, i)) {
        return true;
      }
    }
    return false;
  }

  private static Decision cue(ActorRole role) {
    return new Decision(role, Basis.CUE);
  }
}
