package dev.incidents.extract.incident;

import dev.incidents.core.spi.ExtractorProvider;
import dev.incidents.core.spi.IncidentAssembler;
import dev.incidents.core.spi.Resources;

/** Registers {@link RuleIncidentAssembler} as "rules". */
public final class IncidentAssemblerProvider implements ExtractorProvider<IncidentAssembler> {
  @Override
  public String name() {
    return RuleIncidentAssembler.NAME;
  }

  @Override
  public Class<IncidentAssembler> kind() {
    return IncidentAssembler.class;
  }

  @Override
  public IncidentAssembler create(Resources resources) {
    return new RuleIncidentAssembler(resources.getOrCreate(EventTypeRules.class, EventTypeRules::bundled));
  }
}
