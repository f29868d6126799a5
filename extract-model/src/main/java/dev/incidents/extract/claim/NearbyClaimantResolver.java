package dev.incidents.extract.claim;

import dev.incidents.core.model.Actor;
import dev.incidents.core.model.ActorType;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.EntityMention;
import dev.incidents.core.text.Sentence;
import dev.incidents.extract.actor.ActorLexicon;
import dev.incidents.extract.internal.EndAnchored;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default {@link ClaimantResolver}: the subject just before the cue, read in this order: an
 * actor ("the BLA claimed"), a titled person ("Interior Minister Mohsin Naqvi said", "spokesperson
 * Rahim Zaman said"), a pronoun or "the group" resolved backwards to the last person or armed
 * group, a generic source ("Military spokespersons claimed"); failing those, the nearest actor or
 * person earlier in the sentence, or the speaker named after the verb ("said Ali Khan"). A capital
 * standing for its government ("New Delhi has denied") gives the country ("India").
 */
public final class NearbyClaimantResolver implements ClaimantResolver {
  static final String NAME_WORD = "[A-Z][\\p{L}'’\\-]+";
  private static final String TITLE = "(?:(?:Interior|Foreign|Defence|Defense|Prime|Chief|Deputy|Home|Information|Health|Federal|Provincial|Army|Police|Military)\\s+)*"
      + "(?:Minister|President|Governor|General|Chief|Commander|Colonel|Lieutenant|Major|Brigadier|Inspector General|Senator|Ambassador|Secretary|Mayor|Sheikh|Emir)";
  static final Regex TITLED = Regex.compile("((?:[A-Z][a-z]+\\s+)?" + TITLE + "(?:\\s+" + NAME_WORD + "){1,4})");
  static final Regex ROLE_NAMED = Regex.compile("(?:spokes(?:man|person|woman)|leader|commander|chief|official|founder|head),?\\s+((?:" + NAME_WORD + ")(?:\\s+" + NAME_WORD + "){1,3})");
  static final Pattern TRAILING_WORDS = Pattern.compile("(?:,?\\s+(?:also|later|further|has|have|had|then|reportedly|repeatedly|consistently|long|previously|already|quickly|swiftly|publicly|officially|not|since|always|once again|again|yet|both))*[\\s,]*$");
  static final Pattern APPOSITIVE = Pattern.compile(",\\s*(?:an?|the|its|their)\\s[^,]{1,100},\\s*$");
  private static final EndAnchored PRONOUN_PERSON = EndAnchored.compile("(?i)(?:^|\\s)(?:he|she|the spokes(?:man|person|woman)|the minister|the commander)$");
  private static final EndAnchored PRONOUN_GROUP = EndAnchored.compile("(?i)(?:^|\\s)(?:it|they|the (?:militant |separatist |insurgent |armed |banned )?(?:group|organi[sz]ation|outfit|militants|insurgents|rebels|movement))$");
  private static final Regex GENERIC_SOURCE = Regex.compile("((?:(?:[Tt]he|[Aa]n?|[A-Z][\\p{L}’']*|(?!(?:and|or|of|by|to|with|from|for|in|on|at)\\s)[a-z]+)\\s+){0,2}(?:officials?|authorities|spokes(?:man|men|person|persons|woman)|witnesses|residents|sources|police|military|army|government|ministry|analysts|experts|survivors|villagers|groups|organi[sz]ations|activists|monitors|observers|Reuters|AFP|AP|ANI|agency|statement))$", Pattern.CASE_INSENSITIVE);
  private static final EndAnchored BOTH = EndAnchored.compile("(?:^|[,;]\\s*)[Bb]oth\\s+([^,;]{2,40}?\\sand\\s[^,;]{2,40})$");
  private static final Pattern SUBJECT_START = Pattern.compile("((?:The|An?|It|They|He|She)\\b(?:\\s+[\\p{L}’'-]+){0,2}?(?:\\s+(?:official|officials|spokes\\w+|authorities|police|military|army|witness(?:es)?|residents?|sources?|analysts?|experts?|administrator|governor|commander|group|organi[sz]ation|outfit|militants|insurgents|ministry|government))?)\\s+(?!of\\b)[a-z]+(?:ed|s)\\b");
  private static final Pattern SPEAKER_AFTER = Pattern.compile("^\\s*,?\\s*((?:" + TITLE + "\\s+)?" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})");

  private final ActorLexicon lexicon;

  /**
   * A resolver reading capitals and demonyms with {@code lexicon}.
   *
   * @param lexicon the actor lexicon
   */
  public NearbyClaimantResolver(ActorLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * {@code left} without a final appositive (", the group's spokesman,"): as {@code
   * APPOSITIVE.matcher(left).replaceFirst("")}, trying the expression only where a match can
   * start. It holds two commas, the last of the text and the one before, and none between them.
   */
  static String withoutAppositive(String left) {
    int last = left.lastIndexOf(',');
    int start = last <= 0 ? -1 : left.lastIndexOf(',', last - 1);
    if (start < 0) {
      return left;
    }
    Matcher m = APPOSITIVE.matcher(left).region(start, left.length());
    return m.lookingAt() ? left.substring(0, start) + left.substring(m.end()) : left;
  }

  /**
   * {@code left} without the adverbs and auxiliaries that end it (", has also"): as {@code
   * TRAILING_WORDS.matcher(left).replaceFirst("")}, searching only the end of the text made of
   * the characters a match can hold (lower-case ASCII letters, commas, white space).
   */
  static String withoutTrailingWords(String left) {
    int from = Regex.dollarEnd(left, left.length());
    while (from > 0 && trailingWordChar(left.charAt(from - 1))) {
      from--;
    }
    Matcher m = TRAILING_WORDS.matcher(left).region(from, left.length());
    return m.find() ? left.substring(0, m.start()) + left.substring(m.end()) : left;
  }

  private static boolean trailingWordChar(char c) {
    return c >= 'a' && c <= 'z' || c == ',' || Regex.isSpace(c);
  }

  @Override
  public Optional<String> claimant(AnalyzedText text, Sentence sentence, int cueStart, int cueEnd,
      List<ActorMention> actors) {
    String doc = text.text();
    String left = doc.substring(sentence.start(), cueStart);
    left = withoutTrailingWords(withoutAppositive(left));
    int leftEnd = sentence.start() + left.length();
    // 0. a coordinated subject: "Both Naqvi and the military accused"
    Matcher both = BOTH.first(left);
    if (both != null) {
      return Optional.of(both.group(1).strip());
    }
    // 1. an actor right before the cue
    Optional<ActorMention> adjacent = actorEndingNear(text, actors, sentence, leftEnd);
    if (adjacent.isPresent()) {
      Matcher words;
      if (lexicon.isGeneric(adjacent.get().actor().name()) && (words = genericSource(left)) != null) {
        return Optional.of(words.group(1).strip());
      }
      return Optional.of(nameOf(adjacent.get().actor()));
    }
    // 2. a titled or role-named person
    Optional<String> person = lastPerson(left, true);
    if (person.isPresent()) {
      return person;
    }
    // 3. pronouns and "the group"
    Matcher pronoun = PRONOUN_PERSON.first(left);
    if (pronoun != null) {
      Optional<String> earlier = personBefore(text, sentence);
      String words = pronoun.group().strip();
      return earlier.isPresent() || words.matches("(?i)he|she") ? earlier : Optional.of(words);
    }
    Matcher group = PRONOUN_GROUP.first(left);
    if (group != null) {
      Optional<String> earlier = groupBefore(text, actors, sentence.start() + left.length());
      String words = group.group().strip();
      return earlier.isPresent() || words.matches("(?i)it|they") ? earlier : Optional.of(words);
    }
    // 4. a generic source
    Matcher g = genericSource(left);
    if (g != null) {
      return Optional.of(g.group(1).strip());
    }
    // 5. the speaker named after the verb, then anything earlier in the sentence
    Matcher after = SPEAKER_AFTER.matcher(doc.substring(cueEnd, sentence.end()));
    if (after.lookingAt() && !doc.substring(cueEnd, sentence.end()).stripLeading().startsWith("that")) {
      return Optional.of(after.group(1));
    }
    Optional<String> subject = subject(text, sentence, actors, left);
    if (subject.isPresent()) {
      return subject;
    }
    Optional<String> anyPerson = lastPerson(left, false);
    if (anyPerson.isPresent()) {
      return anyPerson;
    }
    ActorMention lastActor = null;
    for (ActorMention m : actors) {
      if (m.sentence() == sentence.index() && start(text, m) < leftEnd && end(text, m) <= cueStart) {
        lastActor = m;
      }
    }
    return lastActor == null ? Optional.empty() : Optional.ofNullable(nameOf(lastActor.actor()));
  }

  /**
   * {@link #GENERIC_SOURCE} at the end of {@code left}, or null. A match is at most three words
   * without white space between them, so it starts in the last three runs of non-space
   * characters: only they are searched, with the whole text's bounds, which finds the same match.
   */
  private static Matcher genericSource(String left) {
    int at = left.length();
    for (int run = 0; run < 3 && at > 0; run++) {
      at = Regex.spacesBefore(left, at);
      while (at > 0 && !Regex.isSpace(left.charAt(at - 1))) {
        at--;
      }
    }
    Matcher m = GENERIC_SOURCE.matcher(left);
    if (!GENERIC_SOURCE.mayMatch(Prefilter.fold(left), at, left.length())) {
      return null;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false).region(at, left.length());
    return m.find() ? m : null;
  }

  /** The subject at the start of the sentence: an actor, "the group", "he", "the official". */
  private Optional<String> subject(AnalyzedText text, Sentence sentence, List<ActorMention> actors, String left) {
    Matcher start = SUBJECT_START.matcher(left);
    if (!start.lookingAt()) {
      return Optional.empty();
    }
    String words = start.group(1);
    if (PRONOUN_GROUP.find(words)) {
      return groupBefore(text, actors, sentence.start());
    }
    if (PRONOUN_PERSON.find(words)) {
      return personBefore(text, sentence);
    }
    for (ActorMention m : actors) {
      if (m.sentence() == sentence.index() && start(text, m) - sentence.start() <= 4
          && end(text, m) - sentence.start() <= words.length() + 1) {
        return Optional.of(nameOf(m.actor()));
      }
    }
    return GENERIC_SOURCE.find(words) ? Optional.of(words) : Optional.empty();
  }

  private Optional<ActorMention> actorEndingNear(AnalyzedText text, List<ActorMention> actors, Sentence s, int leftEnd) {
    for (ActorMention m : actors) {
      if (m.sentence() == s.index()) {
        int e = end(text, m);
        if (e <= leftEnd + 1 && leftEnd - e <= 1) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> lastPerson(String left, boolean adjacentOnly) {
    String best = null;
    int bestEnd = -1;
    String folded = Prefilter.fold(left);
    for (Regex p : List.of(TITLED, ROLE_NAMED)) {
      for (Matcher m = p.first(left, folded); m != null; m = p.next(m, folded)) {
        if (m.end(1) > bestEnd) {
          best = m.group(1);
          bestEnd = m.end(1);
        }
      }
    }
    if (best == null || (adjacentOnly && left.length() - bestEnd > 1)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  private Optional<String> personBefore(AnalyzedText text, Sentence s) {
    for (int i = s.index(); i >= Math.max(0, s.index() - 4); i--) {
      Sentence p = text.sentences().get(i);
      String t = i == s.index() ? "" : p.text();
      Optional<String> person = lastPerson(t, false);
      if (person.isPresent()) {
        return person;
      }
      if (i != s.index()) {
        EntityMention lastEntity = null;
        for (EntityMention e : text.entitiesIn(i)) {
          if ("PERSON".equals(e.type())) {
            lastEntity = e;
          }
        }
        if (lastEntity != null) {
          return Optional.of(lastEntity.text());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> groupBefore(AnalyzedText text, List<ActorMention> actors, int before) {
    ActorMention best = null;
    for (ActorMention m : actors) {
      if (start(text, m) < before && m.actor().type() == ActorType.ARMED_GROUP
          && !lexicon.isGeneric(m.actor().name())) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(m -> nameOf(m.actor()));
  }

  /** The claimant name of an actor: its canonical name, or the country a capital stands for. */
  String nameOf(Actor a) {
    if (lexicon.isGeneric(a.name())) {
      return a.span().text();
    }
    if (a.type() == ActorType.GOVERNMENT) {
      Optional<String> country = lexicon.countryOf(a.span().text());
      if (country.isPresent()) {
        return country.get();
      }
    }
    return a.name();
  }

  static int start(AnalyzedText text, ActorMention m) {
    return text.aligned().toNormalised(m.actor().span().start());
  }

  static int end(AnalyzedText text, ActorMention m) {
    return text.aligned().toNormalised(m.actor().span().end());
  }
}
