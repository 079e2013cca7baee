package org.interdict.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
  @Test
  void bundledCatalogLoadsWithEveryReferenceResolved() {
    Catalog catalog = CatalogLoader.bundled();

    assertThat(catalog.version()).isNotBlank();
    assertThat(catalog.profiles())
        .extracting(Profile::id)
        .contains("us-person", "us-federal-agency", "us-federal-contractor", "non-us");
    assertThat(catalog.regime("us-icts-kaspersky-2024")).isPresent();
    assertThat(catalog.vendor("kaspersky")).isPresent();
    assertThat(catalog.products())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(catalog.vendor(p.vendor())).isPresent());
  }

  @Test
  void theDigestNamesTheFilesReadByteForByte(@TempDir Path dir) throws IOException {
    Path bundled = Path.of("src/main/resources/org/interdict/catalog/data");
    try (var files = Files.walk(bundled)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = dir.resolve(bundled.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    Catalog catalog = CatalogLoader.bundled();
    assertThat(catalog.digest()).matches("[0-9a-f]{64}");
    assertThat(CatalogLoader.fromDirectory(dir).digest()).isEqualTo(catalog.digest());

    Path index = dir.resolve("catalog.yaml");
    Files.writeString(
        index,
        Files.readString(index, StandardCharsets.UTF_8) + "# one more byte\n",
        StandardCharsets.UTF_8);
    Catalog changed = CatalogLoader.fromDirectory(dir);

    assertThat(changed.version()).isEqualTo(catalog.version());
    assertThat(changed.digest()).isNotEqualTo(catalog.digest()).matches("[0-9a-f]{64}");
  }

  @Test
  void unknownFieldIsRejectedNamingTheFileAndLine(@TempDir Path dir) throws IOException {
    write(dir, "catalog.yaml", "version: '1'\nprofiles: []\nregimes: []\nvendors: [v.yaml]\n");
    write(dir, "v.yaml", "vendor:\n  id: acme\n  name: Acme\n  colour: red\n");

    assertThatThrownBy(() -> CatalogLoader.fromDirectory(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("v.yaml")
        .hasMessageMatching("(?s).*line \\d+.*")
        .hasMessageContaining("colour");
  }

  @Test
  void productOfUnknownVendorIsRejected(@TempDir Path dir) throws IOException {
    write(dir, "catalog.yaml", "version: '1'\nprofiles: []\nregimes: []\nvendors: [v.yaml]\n");
    write(
        dir,
        "v.yaml",
        "vendor: {id: acme, name: Acme}\nproducts:\n  - {id: p, vendor: other, name: P, category: x}\n");

    assertThatThrownBy(() -> CatalogLoader.fromDirectory(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("product p names vendor 'other'");
  }

  @Test
  void obligationEndingBeforeItStartsIsRejected(@TempDir Path dir) throws IOException {
    write(
        dir,
        "catalog.yaml",
        "version: '1'\nprofiles: [{id: p, title: P}]\nregimes: [r.yaml]\nvendors: [v.yaml]\n");
    write(dir, "v.yaml", "vendor: {id: acme, name: Acme}\n");
    write(
        dir,
        "r.yaml",
        String.join(
            "\n",
            "id: r",
            "title: R",
            "issuer: I",
            "jurisdiction: US",
            "kind: binding",
            "citation: C",
            "sources: [https://example.org]",
            "announced: 2024-01-01",
            "verifiedAsOf: 2024-01-01",
            "coverage: {vendors: [acme]}",
            "obligations:",
            "  - {id: o, profiles: [p], effectiveFrom: 2024-02-01, effectiveTo: 2024-01-01, status: prohibited,",
            "     requirement: R, action: A}",
            ""));

    assertThatThrownBy(() -> CatalogLoader.fromDirectory(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("effectiveTo must be after effectiveFrom");
  }

  @Test
  void regimeWithoutVerifiedAsOfIsRejected(@TempDir Path dir) throws IOException {
    writeRegime(dir, "", "coverage: {vendors: [acme]}", "profiles: [p]");

    assertRejected(dir, "r.yaml", "regime r: field 'verifiedAsOf' is required");
  }

  @Test
  void reviewNamingBothProductAndCategoryIsRejected(@TempDir Path dir) throws IOException {
    writeRegime(
        dir,
        "verifiedAsOf: 2024-01-01",
        "coverage: {vendors: [acme], reviews: [{product: x, category: y,"
            + " question: Q, sourcesForCoverage: [a], sourcesAgainstCoverage: [b]}]}",
        "profiles: [p]");

    assertRejected(dir, "name exactly one of 'product' or 'category'");
  }

  @Test
  void reviewWithoutSourcesAgainstCoverageIsRejected(@TempDir Path dir) throws IOException {
    writeRegime(
        dir,
        "verifiedAsOf: 2024-01-01",
        "coverage: {vendors: [acme], reviews: [{category: y,"
            + " question: Q, sourcesForCoverage: [a]}]}",
        "profiles: [p]");

    assertRejected(dir, "review of category y", "sourcesAgainstCoverage");
  }

  @Test
  void reviewOfUnknownProductIsRejected(@TempDir Path dir) throws IOException {
    writeRegime(
        dir,
        "verifiedAsOf: 2024-01-01",
        "coverage: {vendors: [acme], reviews: [{product: ghost,"
            + " question: Q, sourcesForCoverage: [a], sourcesAgainstCoverage: [b]}]}",
        "profiles: [p]");

    assertRejected(dir, "regime r: review of unknown product 'ghost'");
  }

  @Test
  void obligationVendorOutsideTheCoverageIsRejected(@TempDir Path dir) throws IOException {
    writeRegime(
        dir,
        "verifiedAsOf: 2024-01-01",
        "coverage: {vendors: [acme]}",
        "profiles: [p], vendors: [other]");

    assertRejected(dir, "obligation o: vendor 'other' is not among the regime's coverage vendors");
  }

  @Test
  void unverifiedFactWithoutReasonIsRejected(@TempDir Path dir) throws IOException {
    writeRegime(
        dir,
        "verifiedAsOf: 2024-01-01\nunverified: [{fact: F}]",
        "coverage: {vendors: [acme]}",
        "profiles: [p]");

    assertRejected(dir, "unverified fact 'F': field 'reason' is required");
  }

  /**
   * A one-regime catalog whose regime has the given verification lines, coverage and obligation
   * fields.
   */
  private static void writeRegime(
      Path dir, String verification, String coverage, String obligationFields) throws IOException {
    write(
        dir,
        "catalog.yaml",
        "version: '1'\nprofiles: [{id: p, title: P}]\nregimes: [r.yaml]\nvendors: [v.yaml]\n");
    write(
        dir,
        "v.yaml",
        "vendor: {id: acme, name: Acme}\nproducts:\n  - {id: x, vendor: acme, name: X, category: y}\n");
    write(
        dir,
        "r.yaml",
        String.join(
            "\n",
            "id: r",
            "title: R",
            "issuer: I",
            "jurisdiction: US",
            "kind: binding",
            "citation: C",
            "sources: [https://example.org]",
            "announced: 2024-01-01",
            verification,
            coverage,
            "obligations:",
            "  - {id: o, "
                + obligationFields
                + ", effectiveFrom: 2024-02-01, status: prohibited, requirement: R,"
                + " action: A}",
            ""));
  }

  private static void assertRejected(Path dir, String... messageParts) {
    assertThatThrownBy(() -> CatalogLoader.fromDirectory(dir))
        .isInstanceOf(CatalogException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(messageParts));
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
