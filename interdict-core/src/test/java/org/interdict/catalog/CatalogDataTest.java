package org.interdict.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sanity checks on the bundled catalog data and the two test tables that pin its behaviour:
 * documentation per regime, identifiers per product, no shared identifiers, table references that
 * resolve, distinctive stems.
 */
class CatalogDataTest {
  /** The closed category list documented in docs/catalog.md. */
  private static final Set<String> CATEGORIES =
      Set.of(
          "antivirus",
          "cybersecurity",
          "integration-engine",
          "vpn",
          "password-manager",
          "parental-control",
          "threat-intelligence",
          "security-training",
          "advisory-services",
          "removal-tool",
          "developer-tool",
          "operating-system",
          "video-surveillance",
          "telecom",
          "utility",
          "social-media",
          "ai-assistant",
          "uas",
          "vehicle-connectivity",
          "unclassified");

  private static final Set<String> STATUSES =
      Set.of("prohibited", "review", "advisory", "not-covered");

  private final Catalog catalog = CatalogLoader.bundled();

  @Test
  void everyRegimeHasItsDocumentationPage() {
    Path regimesDocs = repositoryRoot().resolve("docs").resolve("regimes");
    assertThat(catalog.regimes())
        .isNotEmpty()
        .allSatisfy(
            regime ->
                assertThat(regimesDocs.resolve(regime.id() + ".md"))
                    .as("docs/regimes/%s.md", regime.id())
                    .isRegularFile());
    assertThat(regimesDocs.resolve("README.md")).isRegularFile();
  }

  @Test
  void everyRegimeHasSources() {
    assertThat(catalog.regimes())
        .isNotEmpty()
        .allSatisfy(regime -> assertThat(regime.sources()).as(regime.id()).isNotEmpty());
  }

  @Test
  void everyProductHasAnIdentifierUnlessUnclassified() {
    assertThat(catalog.products())
        .filteredOn(product -> !product.category().equals("unclassified"))
        .isNotEmpty()
        .allSatisfy(
            product ->
                assertThat(allIdentifiers(product.identifiers())).as(product.id()).isNotEmpty());
  }

  @Test
  void everyVendorWithStemsOrPublishersHasAnUnclassifiedProduct() {
    assertThat(catalog.vendors())
        .filteredOn(vendor -> !vendor.stems().isEmpty() || !vendor.publishers().isEmpty())
        .isNotEmpty()
        .allSatisfy(
            vendor -> {
              assertThat(catalog.product(vendor.id() + "-unclassified"))
                  .as(vendor.id())
                  .isPresent();
              assertThat(catalog.product(vendor.id() + "-unclassified").orElseThrow().category())
                  .isEqualTo("unclassified");
            });
  }

  @Test
  void everyCategoryIsInTheDocumentedList() {
    assertThat(catalog.products())
        .isNotEmpty()
        .allSatisfy(
            product -> assertThat(CATEGORIES).as(product.id()).contains(product.category()));
    for (Regime regime : catalog.regimes()) {
      assertThat(CATEGORIES).as(regime.id()).containsAll(regime.coverage().categories());
      assertThat(CATEGORIES)
          .as(regime.id())
          .containsAll(regime.coverage().exclusions().stream().map(Exclusion::category).toList());
    }
  }

  @Test
  void noTwoProductsShareAnExactIdentifier() {
    List<Function<Identifiers, List<String>>> kinds =
        List.of(
            Identifiers::names,
            Identifiers::executables,
            Identifiers::services,
            Identifiers::bundleIds,
            Identifiers::linuxPackages,
            Identifiers::androidPackages,
            Identifiers::browserExtensions,
            Identifiers::purls,
            Identifiers::cpes);
    List<String> clashes = new ArrayList<>();
    for (Function<Identifiers, List<String>> kind : kinds) {
      Map<String, String> owner = new HashMap<>();
      for (Product product : catalog.products()) {
        for (String value : new LinkedHashSet<>(kind.apply(product.identifiers()))) {
          String key = value.toLowerCase(Locale.ROOT);
          String previous = owner.putIfAbsent(key, product.id());
          if (previous != null && !previous.equals(product.id())) {
            clashes.add(value + " in " + previous + " and " + product.id());
          }
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void stemsAreLowerCaseAndAtLeastFiveCharacters() {
    assertThat(catalog.vendors())
        .flatExtracting(Vendor::stems)
        .isNotEmpty()
        .allSatisfy(
            stem -> {
              assertThat(stem.length()).as(stem).isGreaterThanOrEqualTo(5);
              assertThat(stem).isEqualTo(stem.toLowerCase(Locale.ROOT));
            });
  }

  @Test
  void detectionCasesReferToCatalogProducts() {
    List<NamedCsvRecord> rows = read("detection-cases.csv");
    assertThat(rows).isNotEmpty();
    assertUniqueCaseIds(rows);
    Set<String> kinds =
        Set.of(
            "windows-program",
            "macos-app",
            "deb-package",
            "rpm-package",
            "android-package",
            "browser-extension",
            "process",
            "service",
            "sbom-component",
            "software");
    for (NamedCsvRecord row : rows) {
      String caseId = row.getField("case");
      assertThat(kinds).as(caseId).contains(row.getField("kind"));
      String product = row.getField("expected_product");
      String context = row.getField("expected_context");
      if (product.isEmpty()) {
        assertThat(context).as(caseId).isEmpty();
      } else {
        assertThat(catalog.product(product)).as(caseId + ": product " + product).isPresent();
        assertThat(context).as(caseId).isIn("installed", "integrated");
      }
    }
    Set<String> covered =
        rows.stream().map(r -> r.getField("expected_product")).collect(Collectors.toSet());
    assertThat(catalog.products())
        .isNotEmpty()
        .allSatisfy(
            product ->
                assertThat(covered)
                    .as("a positive case for " + product.id())
                    .contains(product.id()));
  }

  @Test
  void policyCasesReferToCatalogEntries() {
    List<NamedCsvRecord> rows = read("policy-cases.csv");
    assertThat(rows).isNotEmpty();
    assertUniqueCaseIds(rows);
    for (NamedCsvRecord row : rows) {
      String caseId = row.getField("case");
      assertThat(catalog.regime(row.getField("regime"))).as(caseId).isPresent();
      assertThat(catalog.product(row.getField("product"))).as(caseId).isPresent();
      assertThat(catalog.profile(row.getField("profile"))).as(caseId).isPresent();
      assertThat(row.getField("context")).as(caseId).isIn("installed", "integrated");
      assertThat(row.getField("as_of")).as(caseId).matches("\\d{4}-\\d{2}-\\d{2}");
      String status = row.getField("expected_status");
      String deadline = row.getField("expected_deadline");
      if (status.startsWith("prohibited-from:")) {
        assertThat(status.substring("prohibited-from:".length())).as(caseId).isEqualTo(deadline);
      } else {
        assertThat(STATUSES).as(caseId).contains(status);
      }
      if (status.equals("not-covered")) {
        assertThat(deadline).as(caseId).isEmpty();
      } else {
        assertThat(deadline).as(caseId).matches("\\d{4}-\\d{2}-\\d{2}");
      }
    }
    Set<String> pairs =
        rows.stream()
            .map(r -> r.getField("regime") + "|" + r.getField("profile"))
            .collect(Collectors.toSet());
    for (Regime regime : catalog.regimes()) {
      for (Profile profile : catalog.profiles()) {
        assertThat(pairs)
            .as("a policy case for %s x %s", regime.id(), profile.id())
            .contains(regime.id() + "|" + profile.id());
      }
    }
  }

  private static void assertUniqueCaseIds(List<NamedCsvRecord> rows) {
    Set<String> ids = new LinkedHashSet<>();
    for (NamedCsvRecord row : rows) {
      String id = row.getField("case");
      assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(ids.add(id)).as("duplicate case id " + id).isTrue();
    }
  }

  private static List<String> allIdentifiers(Identifiers ids) {
    List<String> all = new ArrayList<>();
    all.addAll(ids.names());
    all.addAll(ids.executables());
    all.addAll(ids.services());
    all.addAll(ids.bundleIds());
    all.addAll(ids.linuxPackages());
    all.addAll(ids.androidPackages());
    all.addAll(ids.browserExtensions());
    all.addAll(ids.purls());
    all.addAll(ids.cpes());
    return all;
  }

  private static List<NamedCsvRecord> read(String table) {
    try {
      Path path = Path.of(CatalogDataTest.class.getResource("/catalog/" + table).toURI());
      try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(path)) {
        return reader.stream().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The repository root: the nearest directory, from the working directory up, holding
   * docs/regimes.
   */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("docs").resolve("regimes"))
          && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no docs/regimes above " + Path.of("").toAbsolutePath());
  }
}
