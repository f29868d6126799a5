package dev.incidents.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incidents.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCorpusTest {
  @Test
  void findsTheRepositorySeedsAndReadsThemSortedWithFileNameIds() throws IOException {
    Path dir = SeedCorpus.locate(null);
    assertThat(dir.toString().replace('\\', '/')).endsWith(SeedCorpus.REPOSITORY_PATH);
    List<Article> seeds = SeedCorpus.read(dir);
    assertThat(seeds).hasSize(5);
    assertThat(seeds.get(0).id()).isEqualTo("000_b4ddf5fa8740c1f9");
    assertThat(seeds).allSatisfy(a -> assertThat(a.text().split("\\s+").length).isGreaterThan(400));
  }

  @Test
  void anExplicitFolderWinsAndMustHoldArticles(@TempDir Path tmp) throws IOException {
    assertThat(SeedCorpus.locate(tmp)).isEqualTo(tmp);
    assertThatThrownBy(() -> SeedCorpus.read(tmp)).hasMessageContaining("no .txt articles");
    Files.writeString(tmp.resolve("b.txt"), "second");
    Files.writeString(tmp.resolve("a.txt"), "first");
    Files.writeString(tmp.resolve("notes.md"), "ignored");
    assertThat(SeedCorpus.read(tmp)).extracting(Article::id).containsExactly("a", "b");
  }
}
