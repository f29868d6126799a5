package dev.incidents.extract.claim;

import static dev.incidents.extract.claim.ClaimPatterns.*;

import dev.incidents.core.model.Claim;
import dev.incidents.core.model.ClaimType;
import dev.incidents.core.spi.ActorMention;
import dev.incidents.core.spi.ClaimExtractor;
import dev.incidents.core.spi.ClaimMention;
import dev.incidents.core.text.AnalyzedText;
import dev.incidents.core.text.Sentence;
import dev.incidents.extract.actor.ActorLexicon;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import dev.incidents.extract.internal.Prefilter;
import dev.incidents.extract.internal.Regex;
import java.util.regex.Matcher;

/**
 * Finds attributed claims sentence by sentence with the rules of {@link ClaimPatterns}:
 * responsibility ("claimed responsibility", "attacks claimed by X"), a party's own casualty figure
 * ("claimed to have killed 84"), accusations ("accused India of"), denials ("a charge that New Delhi
 * has denied") and statements (condemnations, vows, quotes). Who makes each claim is left to a
 * {@link ClaimantResolver}; a claim without a claimant is dropped. {@code verified} is false when
 * the sentence says the claim could not be verified, true when it says it was confirmed, else
 * null. Stateless and thread-safe.
 */
public final class RuleClaimExtractor implements ClaimExtractor {
  /** The name it is registered under. */
  public static final String NAME = "rules";

  private static final java.util.regex.Pattern LEADING_THAT = java.util.regex.Pattern.compile("(?i)^that\\s+");
  private static final java.util.regex.Pattern FINAL_STOP = java.util.regex.Pattern.compile("[.;:]\\s*$");

  private final ClaimantResolver claimants;
  private final ActorLexicon lexicon;

  /**
   * An extractor resolving claimants with {@code claimants}, reading targets with {@code lexicon}.
   *
   * @param claimants the claimant resolver
   * @param lexicon the actor lexicon
   */
  public RuleClaimExtractor(ClaimantResolver claimants, ActorLexicon lexicon) {
    this.claimants = Objects.requireNonNull(claimants, "claimants");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** An extractor with the bundled lexicon and the {@link NearbyClaimantResolver}. */
  public RuleClaimExtractor() {
    this(new NearbyClaimantResolver(ActorLexicon.bundled()), ActorLexicon.bundled());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ClaimMention> extract(AnalyzedText text, List<ActorMention> actors) {
    List<ClaimMention> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      new SentenceRules(text, s, actors).run(out);
    }
    return List.copyOf(out);
  }

  /** The rules applied to one sentence. */
  private final class SentenceRules {
    private final AnalyzedText text;
    private final Sentence s;
    private final String st;
    /** The sentence folded, for the prefilters. */
    private final String folded;
    private final List<ActorMention> actors;
    /** Whether the sentence says a claim was verified, read when its first claim is made. */
    private Boolean verified;
    private boolean verifiedRead;
    private final Set<ClaimType> found = EnumSet.noneOf(ClaimType.class);
    private final List<ClaimMention> local = new ArrayList<>();

    SentenceRules(AnalyzedText text, Sentence s, List<ActorMention> actors) {
      this.text = text;
      this.s = s;
      this.st = s.text();
      this.folded = Prefilter.fold(st);
      this.actors = actors;
    }

    void run(List<ClaimMention> out) {
      boolean noClaim = NO_CLAIM.find(st, folded);
      if (!noClaim) {
        responsibility();
      }
      casualty();
      accusation();
      denial();
      if (local.isEmpty()) {
        statement();
      }
      out.addAll(local);
    }

    private void responsibility() {
      Matcher by = CLAIMED_BY.first(st, folded);
      if (by != null && !livesOrNoun(by.start())) {
        Optional<String> agent = actorAt(s.start() + by.end());
        if (agent.isPresent()) {
          add(ClaimType.RESPONSIBILITY, agent.get(), null, st);
          return;
        }
      }
      for (var p : List.of(RESPONSIBILITY, CLAIMED_EVENT, SAID_IT_DID)) {
        for (Matcher m = p.first(st, folded); m != null; m = p.next(m, folded)) {
          if (livesOrNoun(m.start())) {
            continue;
          }
          Optional<String> who = claimant(m.start(), m.end());
          if (who.isPresent()) {
            add(ClaimType.RESPONSIBILITY, who.get(), null, after(m.end()));
            return;
          }
        }
      }
    }

    private void casualty() {
      Matcher m = CASUALTY.first(st, folded);
      if (m != null) {
        claimant(m.start(), m.end()).ifPresent(c -> add(ClaimType.CASUALTY_FIGURE, c, null, after(m.start())));
      }
    }

    private void accusation() {
      Matcher called = CALLED_BACKED.first(st, folded);
      if (called != null) {
        String target = lexicon.countryOf(called.group(2)).orElse(called.group(2));
        Optional<String> who = claimant(called.start(), called.end());
        if (who.isEmpty()) {
          who = claimantBeforeClause(called.start());
        }
        who.ifPresent(c -> add(ClaimType.ACCUSATION, c, target, st.substring(called.start()).strip()));
      }
      for (var p : List.of(ACCUSED_OF, BLAMED, ALLEGED_BEHIND)) {
        Matcher m = p.first(st, folded);
        if (m != null) {
          int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
          String target = target(s.start() + m.start(g), s.start() + m.end(g), m.group(g));
          int cueEnd = m.start(g);
          claimant(m.start(), cueEnd).ifPresent(c -> add(ClaimType.ACCUSATION, c, target, after(m.start())));
          return;
        }
      }
    }

    private void denial() {
      for (Matcher m = DENIAL.first(st, folded); m != null; m = DENIAL.next(m, folded)) {
        String before = st.substring(0, m.start());
        boolean deniedNoun = DENIED_NOUN_BEFORE.matcher(before).matches();
        if (!deniedNoun && !DENIAL_OBJECT.matcher(st.substring(m.end())).find()) {
          continue;
        }
        Optional<String> who = claimant(m.start(), m.end());
        if (who.isPresent()) {
          add(ClaimType.DENIAL, who.get(), null, deniedNoun ? st.strip() : after(m.start()));
          return;
        }
      }
    }

    private void statement() {
      if (NOT_A_STATEMENT.find(st, folded) && !QUOTE.find(st, folded)) {
        return;
      }
      for (Matcher m = STATEMENT.first(st, folded); m != null; m = STATEMENT.next(m, folded)) {
        Optional<String> who = claimant(m.start(), m.end());
        if (who.isPresent()) {
          Matcher q = QUOTE.matcher(st);
          String said = q.find() ? q.group(1).replaceAll("[,.]\\s*$", "") : after(m.end());
          add(ClaimType.STATEMENT, who.get(), null, said);
          return;
        }
      }
    }

    private boolean livesOrNoun(int at) {
      for (Matcher n = CLAIM_NOUN_OR_LIVES.first(st, folded); n != null; n = CLAIM_NOUN_OR_LIVES.next(n, folded)) {
        if (Math.abs(n.start() - at) <= 2 || (at >= n.start() && at < n.end())) {
          return true;
        }
      }
      return false;
    }

    private Optional<String> claimant(int cueStart, int cueEnd) {
      return claimants.claimant(text, s, s.start() + cueStart, s.start() + cueEnd, actors);
    }

    /** For "while claiming ... what the government calls X": the subject of the clause. */
    private Optional<String> claimantBeforeClause(int at) {
      Matcher m = CLAUSE_CUE.matcher(st.substring(0, at));
      int cue = -1;
      int cueEnd = -1;
      while (m.find()) {
        cue = m.start();
        cueEnd = m.end();
      }
      return cue < 0 ? Optional.empty() : claimant(cue, cueEnd);
    }

    private Optional<String> actorAt(int normalisedStart) {
      NearbyClaimantResolver names = new NearbyClaimantResolver(lexicon);
      for (ActorMention a : actors) {
        if (a.sentence() == s.index() && Math.abs(NearbyClaimantResolver.start(text, a) - normalisedStart) <= 2) {
          return Optional.ofNullable(names.nameOf(a.actor()));
        }
      }
      return Optional.empty();
    }

    /** A target phrase: an actor in it, else the country it names, else its words. */
    private String target(int start, int end, String words) {
      NearbyClaimantResolver names = new NearbyClaimantResolver(lexicon);
      for (ActorMention a : actors) {
        int as = NearbyClaimantResolver.start(text, a);
        if (a.sentence() == s.index() && as >= start && as < end) {
          return names.nameOf(a.actor());
        }
      }
      String w = words.strip().replaceFirst("(?i)^(?:the|both)\\s+", "");
      Optional<String> country = lexicon.countryOf(w);
      if (country.isPresent()) {
        return country.get();
      }
      Matcher backed = BACKED.matcher(w);
      if (backed.find()) {
        return lexicon.countryOf(backed.group(1)).orElse(w);
      }
      return w;
    }

    private String after(int from) {
      String t = FINAL_STOP.matcher(LEADING_THAT.matcher(st.substring(from).strip()).replaceFirst("")).replaceFirst("").strip();
      return t.length() < 8 ? st.strip() : t;
    }

    private void add(ClaimType type, String claimant, String target, String what) {
      if (found.add(type)) {
        if (!verifiedRead) {
          verified = UNVERIFIED.find(st, folded) ? Boolean.FALSE : VERIFIED.find(st, folded) ? Boolean.TRUE : null;
          verifiedRead = true;
        }
        Claim c = new Claim(type, claimant, target, what, verified, text.span(s));
        local.add(new ClaimMention(c, s.index()));
      }
    }
  }
}
