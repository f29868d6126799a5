package dev.incidents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incidents.core.spi.ActorExtractor;
import dev.incidents.core.spi.CasualtyExtractor;
import dev.incidents.core.spi.ClaimExtractor;
import dev.incidents.core.spi.DateExtractor;
import dev.incidents.core.spi.ExtractorProvider;
import dev.incidents.core.spi.ExtractorRegistry;
import dev.incidents.core.spi.IncidentAssembler;
import dev.incidents.core.spi.PlaceExtractor;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every provider class in this module is registered, and every fact has its default. */
class ProvidersRegisteredTest {
  @Test
  void everyProviderClassIsRegistered() throws Exception {
    List<String> registered = ExtractorRegistry.load().all().stream().map(p -> p.getClass().getName()).toList();
    assertThat(providerClasses()).isNotEmpty().allSatisfy(c -> assertThat(registered).contains(c));
  }

  @Test
  void everyFactHasItsDefaultExtractor() {
    ExtractorRegistry r = ExtractorRegistry.load();
    assertThat(r.names(DateExtractor.class)).contains("rules");
    assertThat(r.names(CasualtyExtractor.class)).contains("rules");
    assertThat(r.names(PlaceExtractor.class)).contains("gazetteer");
    assertThat(r.names(ActorExtractor.class)).contains("lexicon");
    assertThat(r.names(ClaimExtractor.class)).contains("rules");
    assertThat(r.names(IncidentAssembler.class)).contains("rules");
  }

  private static List<String> providerClasses() throws IOException, URISyntaxException {
    Path root = Path.of(IncidentExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
          .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .filter(ProvidersRegisteredTest::isProvider)
          .toList();
    }
  }

  private static boolean isProvider(String name) {
    try {
      Class<?> c = Class.forName(name, false, ProvidersRegisteredTest.class.getClassLoader());
      return ExtractorProvider.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
