package dev.incidents.extract.claim;

import dev.incidents.extract.internal.Regex;
import java.util.regex.Pattern;

/** The cue patterns of the claim rules, one per reading. Case-insensitive unless noted. */
final class ClaimPatterns {
  private ClaimPatterns() {}

  private static Regex p(String regex) {
    return Regex.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  // --- not claims
  /** "No group claimed responsibility", "has not claimed", "nobody has claimed". */
  static final Regex NO_CLAIM = p("\\b(?:no (?:group|one|organi[sz]ation|outfit|party)|nobody|none)\\b[^.;]{0,40}?\\bclaim|\\b(?:not|never|yet to|n't)\\s+(?:\\w+\\s+){0,2}?(?:claimed|claim)\\b|\\bunclaimed\\b");
  /** "claimed the lives of 12", "claims of economic exploitation", "insurance claims". */
  static final Regex CLAIM_NOUN_OR_LIVES = p("\\bclaim(?:ed|s|ing)?\\s+(?:the\\s+)?li(?:fe|ves)\\b|\\bclaims?\\s+of\\b|\\b(?:land|insurance|territorial|maritime)\\s+claims?\\b");

  // --- responsibility
  static final Regex RESPONSIBILITY = p("\\b(?:claim(?:ed|s|ing)?|took|take[sn]?|taking|accept(?:ed|s|ing)?|assum(?:ed|es|ing)|own(?:ed|s)? up)\\s+(?:full\\s+|sole\\s+)?(?:responsibility|credit)\\b"
      + "|\\bresponsibility\\s+(?:was|has been|had been)\\s+claimed\\b");
  static final Regex CLAIMED_EVENT = p("\\bclaim(?:ed|s|ing)\\s+(?:the|this|both|these|those|a|an|that|its|their)?\\s*(?:\\w+\\s+){0,2}?(?:attacks?|bombings?|assaults?|killings?|assassinations?|strikes?|blasts?|explosions?|operations?|ambush(?:es)?|detonations?|raids?|kidnappings?|abductions?|shootings?|massacres?)\\b(?!\\s+(?:were|was|had|have|are|is)\\b)");
  static final Regex CLAIMED_BY = p("\\bclaimed\\s+by\\s+(?:the\\s+)?");
  static final Regex SAID_IT_DID = p("\\b(?:said|says|stated|announced|declared|asserted|asserting|saying|stating)\\s+(?:on \\w+\\s+|in a statement\\s+|later\\s+)?(?:that\\s+)?(?:it|its|they|their|the group|the group's)\\s+(?:\\w+\\s+){0,5}?(?:had\\s+)?(?:carried out|conducted|launched|was behind|were behind|executed|staged|mounted|targeted|attacked)\\b");

  // --- a party's own figure
  static final Regex CASUALTY = p("\\b(?:claim(?:ed|s|ing)?|said|says|asserted|stated|announced)\\s+(?:that\\s+)?(?:to have|it had|it has|that it had|they had|they have|its fighters had|its fighters)?\\s*(?:killed|killing|eliminated|neutrali[sz]ed|wounded)\\s+(?:more than\\s+|at least\\s+|about\\s+|around\\s+|over\\s+|some\\s+|nearly\\s+|up to\\s+)?\\d+"
      + "|\\bclaim(?:ed|s|ing)?\\s+(?:that\\s+)?(?:more than\\s+|at least\\s+|about\\s+|around\\s+|over\\s+|some\\s+|nearly\\s+)?\\d+\\s+(?:[\\w-]+\\s+){0,5}?(?:were\\s+|had been\\s+|have been\\s+)?(?:killed|died|dead|wounded|injured|eliminated|neutrali[sz]ed)\\b");

  // --- accusation
  static final Regex ACCUSED_OF = p("\\baccus(?:ed|es|ing|e)\\s+(?!of\\b)(.{1,80}?)\\s+of\\b");
  static final Regex BLAMED = p("\\bblam(?:ed|es|ing|e)\\s+(?!the attack|the attacks|the bombing|the violence|it\\b)(.{1,60}?)\\s+for\\b|\\bblam(?:ed|es|ing|e)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?(?:on)\\s+(.{1,60}?)(?:[,.;]|$)|\\bheld\\s+(.{1,60}?)\\s+responsible\\b");
  static final Regex CALLED_BACKED = Regex.compile("\\bwhat\\s+(?:the\\s+)?(?:[\\w’']+\\s+){0,3}?(?:calls?|called|terms?|termed|describes?\\s+as|described\\s+as|refers?\\s+to\\s+as|labels?)\\s+(.{1,60}?),\\s+an?\\s+([A-Z][\\p{L}]+)-(?:backed|sponsored|funded|supported)");
  static final Regex ALLEGED_BEHIND = p("\\b(?:alleg(?:ed|es|ing)|claim(?:ed|s|ing)|charg(?:ed|es|ing)|insist(?:ed|s|ing))\\s+(?:that\\s+)?(.{1,60}?)\\s+(?:was|were|is|are|had been|has been)\\s+(?:behind|responsible|backing|supporting|sponsoring|funding)\\b");
  static final Regex BACKED = Regex.compile("\\b([A-Z][\\p{L}]+)-(?:backed|sponsored|funded|supported)\\b");

  /** The cue of the clause before "what X calls": claimed, said, stated, alleged. */
  static final Pattern CLAUSE_CUE = Pattern.compile("\\b(?:claim(?:ed|ing|s)|said|saying|stat(?:ed|ing)|alleg(?:ed|ing))\\b");

  // --- denial
  static final Regex DENIAL = p("\\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)|dismiss(?:ed|es|ing)|refut(?:ed|es|ing)|repudiat(?:ed|es|ing))\\b");
  static final Regex DENIAL_OBJECT = p("^\\s*(?:any\\s+|all\\s+|the\\s+|these\\s+|those\\s+|such\\s+|its\\s+|their\\s+|a\\s+)?(?:\\w+\\s+)?(?:involvement|responsibility|role|links?|claims?|charges?|allegations?|accusations?|reports?|report|that|it|having|being|this|them|the claim|any part|support)\\b|^\\s*[.,;]|^\\s*$");
  static final Regex DENIED_NOUN = p("\\b(?:charges?|claims?|allegations?|accusations?|assertions?)\\s+(?:that|which)\\s+$");

  /** "a charge that X has denied": the denied noun before the cue. */
  static final Pattern DENIED_NOUN_BEFORE = Pattern.compile(
      "(?is).*\\b(?:charges?|claims?|allegations?|accusations?|assertions?|reports?)\\s+(?:that|which)\\s+[^,;]{0,50}$");

  // --- statement
  static final Regex STATEMENT = p("\\b(?:condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|vow(?:ed|s|ing)|pledg(?:ed|es|ing)|warn(?:ed|s|ing)|prais(?:ed|es|ing)|said|says|stated|stating|told|added|announced|declared|insisted|asserted|asserting"
      + "|issued a statement|released a statement|in a statement|called for|reaffirm(?:ed|ing|s)|urged|characteri[sz]ed|described|confirmed(?!\\s+(?:dead|killed|deaths?|injured|wounded))|claiming|claimed that|claims that|alleging|alleged that|threatened|promised|demanded)\\b");
  static final Regex NOT_A_STATEMENT = p("\\baccording to (?:reports|sources|media|local media|initial reports)\\b|\\bit (?:is|was) said\\b|\\bso-called\\b");

  // --- verification
  static final Regex UNVERIFIED = p("\\b(?:unable to|could not|couldn't|cannot|can't|did not|was not|were not|has not been|have not been|had not been|not)\\s+(?:be\\s+)?(?:independently\\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)\\b|\\bunverified\\b|\\bnot been (?:independently )?(?:verified|confirmed)\\b");
  static final Regex VERIFIED = p("\\b(?:independently\\s+)?(?:verified|confirmed)\\b");

  // --- direct quotes
  static final Regex QUOTE = Regex.compile("[“\"]([^”\"]{8,})[”\"]");
}
