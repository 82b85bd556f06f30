package vn.dxmonitor.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.Catalog;

/** {@code docs/catalog.md} is the catalog's rendering, never a hand-kept copy. */
class CatalogDocsTest {

  private static final Path PAGE = Path.of("..", "docs", "catalog.md");

  @Test
  void theCatalogPageMatchesTheCatalog() throws IOException {
    Catalog catalog = CatalogReader.seed();
    String rendered = CatalogMarkdown.render(catalog, ScorecardReader.shipped(catalog));
    if (Boolean.getBoolean("dx.docs.write")) {
      Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
    }

    assertThat(PAGE).exists();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/catalog.md is stale: regenerate it with -Ddx.docs.write=true")
        .isEqualTo(rendered);
  }
}
