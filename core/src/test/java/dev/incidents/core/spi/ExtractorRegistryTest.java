package dev.incidents.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorRegistryTest {
  record Fixed(String name) implements PlaceExtractor {
    @Override
    public List<PlaceMention> extract(AnalyzedText text) {
      return List.of();
    }
  }

  record Provider(String name) implements ExtractorProvider<PlaceExtractor> {
    @Override
    public Class<PlaceExtractor> kind() {
      return PlaceExtractor.class;
    }

    @Override
    public PlaceExtractor create(Resources resources) {
      return new Fixed(name);
    }
  }

  @Test
  void findsProvidersByKindAndName() {
    ExtractorRegistry r = ExtractorRegistry.of(List.of(new Provider("b"), new Provider("a")));
    assertThat(r.names(PlaceExtractor.class)).containsExactly("a", "b");
    assertThat(r.provider(PlaceExtractor.class, "b").create(new Resources()).name()).isEqualTo("b");
    assertThat(r.names(DateExtractor.class)).isEmpty();
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    ExtractorRegistry r = ExtractorRegistry.of(List.of(new Provider("gazetteer")));
    assertThatThrownBy(() -> r.provider(PlaceExtractor.class, "gazeteer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no PlaceExtractor named 'gazeteer'")
        .hasMessageContaining("[gazetteer]");
  }

  @Test
  void duplicateNamesAreAnError() {
    assertThatThrownBy(() -> ExtractorRegistry.of(List.of(new Provider("x"), new Provider("x"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two PlaceExtractor providers are named 'x'");
  }

  @Test
  void resourcesAreTypedAndReplaceable() {
    Resources res = new Resources();
    assertThat(res.getOrCreate(String.class, () -> "default")).isEqualTo("default");
    assertThat(res.put(Integer.class, 7).get(Integer.class)).contains(7);
    assertThat(res.get(Long.class)).isEmpty();
  }
}
