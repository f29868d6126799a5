package dev.incidents.extract.claim;

import dev.incidents.core.spi.ClaimExtractor;
import dev.incidents.core.spi.ExtractorProvider;
import dev.incidents.core.spi.Resources;
import dev.incidents.extract.actor.ActorLexicon;
import dev.incidents.extract.attribution.Attribution;

/**
 * Provides the {@link RuleClaimExtractor} under the name {@value RuleClaimExtractor#NAME}. It takes
 * the {@link ActorLexicon} and, when one is registered, the {@link ClaimantResolver} from the
 * resources; the default resolver is the {@link NearbyClaimantResolver}, backed by the shared
 * {@link Attribution} component.
 */
public final class RuleClaimExtractorProvider implements ExtractorProvider<ClaimExtractor> {
  @Override
  public String name() {
    return RuleClaimExtractor.NAME;
  }

  @Override
  public Class<ClaimExtractor> kind() {
    return ClaimExtractor.class;
  }

  @Override
  public ClaimExtractor create(Resources resources) {
    ActorLexicon lexicon = resources.getOrCreate(ActorLexicon.class, ActorLexicon::bundled);
    ClaimantResolver claimants = resources.get(ClaimantResolver.class)
        .orElseGet(() -> new AttributedClaimantResolver(new NearbyClaimantResolver(lexicon),
            resources.getOrCreate(Attribution.class, Attribution::standard)));
    return new RuleClaimExtractor(claimants, lexicon);
  }
}
