package dev.incidents.extract.actor;

import dev.incidents.core.spi.ActorExtractor;
import dev.incidents.core.spi.ExtractorProvider;
import dev.incidents.core.spi.Resources;

/**
 * Provides the {@link LexiconActorExtractor} under the name {@value LexiconActorExtractor#NAME}; it
 * takes the {@link ActorLexicon} from the resources (the bundled one unless the user put another).
 */
public final class LexiconActorExtractorProvider implements ExtractorProvider<ActorExtractor> {
  @Override
  public String name() {
    return LexiconActorExtractor.NAME;
  }

  @Override
  public Class<ActorExtractor> kind() {
    return ActorExtractor.class;
  }

  @Override
  public ActorExtractor create(Resources resources) {
    return new LexiconActorExtractor(resources.getOrCreate(ActorLexicon.class, ActorLexicon::bundled));
  }
}
