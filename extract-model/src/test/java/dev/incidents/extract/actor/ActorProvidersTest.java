package dev.incidents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.model.ActorType;
import dev.incidents.core.spi.ActorExtractor;
import dev.incidents.core.spi.ClaimExtractor;
import dev.incidents.core.spi.ExtractorRegistry;
import dev.incidents.core.spi.Resources;
import dev.incidents.extract.claim.RuleClaimExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every actor and claim extractor is registered, and the providers take the user's lexicon. */
class ActorProvidersTest {
  @Test
  void providersAreRegistered() {
    ExtractorRegistry registry = ExtractorRegistry.load();
    assertThat(registry.names(ActorExtractor.class)).contains(LexiconActorExtractor.NAME);
    assertThat(registry.names(ClaimExtractor.class)).contains(RuleClaimExtractor.NAME);
    assertThat(registry.provider(ActorExtractor.class, "lexicon").create(new Resources()))
        .isInstanceOf(LexiconActorExtractor.class);
    assertThat(registry.provider(ClaimExtractor.class, "rules").create(new Resources()))
        .isInstanceOf(RuleClaimExtractor.class);
  }

  @Test
  void providerUsesTheLexiconInTheResources() {
    ActorLexicon mine = ActorLexicon.of(List.of(LexiconEntry.of("Hill Tigers", ActorType.ARMED_GROUP, null)));
    Resources resources = new Resources().put(ActorLexicon.class, mine);
    LexiconActorExtractor x = (LexiconActorExtractor) new LexiconActorExtractorProvider().create(resources);
    assertThat(x.lexicon()).isSameAs(mine);
    assertThat(new LexiconActorExtractorProvider().create(new Resources()))
        .extracting(e -> ((LexiconActorExtractor) e).lexicon()).isSameAs(ActorLexicon.bundled());
  }
}
