package org.interdict.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.testing.PackageReferences;
import org.interdict.testing.PackageReferences.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The inventory side of ADR 004: the dispatcher (the base package) and its shared helpers never
 * name a format package, a format names no other format, and every format package registers one
 * {@link InventoryFormat}.
 */
class InventoryFormatBoundariesTest {
  static final String BASE = "org.interdict.inventory";

  /** The base package (contract, registry, dispatcher) and the helpers every format may use. */
  static final Set<String> SHARED = Set.of("", "encoding", "json", "host");

  final List<SourceFile> files = PackageReferences.scan(PackageReferences.mainSources(), BASE);

  @Test
  void theDispatcherAndTheSharedHelpersNameNoFormat() {
    assertThat(files).filteredOn(file -> file.subPackage().isEmpty()).isNotEmpty();
    List<String> violations =
        files.stream()
            .filter(file -> SHARED.contains(file.subPackage()))
            .flatMap(
                file ->
                    file.references().stream()
                        .filter(reference -> !SHARED.contains(reference))
                        .map(
                            reference ->
                                file.path() + " names format package " + BASE + "." + reference))
            .toList();
    assertThat(violations).isEmpty();
  }

  @Test
  void noFormatNamesAnotherFormat() {
    List<String> violations =
        files.stream()
            .filter(file -> !SHARED.contains(file.subPackage()))
            .flatMap(
                file ->
                    file.references().stream()
                        .filter(
                            reference ->
                                !SHARED.contains(reference)
                                    && !PackageReferences.familyOf(reference).equals(file.family()))
                        .map(
                            reference ->
                                file.path()
                                    + " (format "
                                    + file.family()
                                    + ") names "
                                    + BASE
                                    + "."
                                    + reference))
            .toList();
    assertThat(violations).isEmpty();
  }

  @Test
  void everyFormatPackageRegistersOneFormat() {
    Set<String> packages = new TreeSet<>();
    files.stream()
        .filter(file -> !SHARED.contains(file.subPackage()))
        .forEach(file -> packages.add(file.family()));
    assertThat(packages).containsExactly("csv", "cyclonedx", "osquery", "spdx");
    assertThat(InventoryReaders.formats())
        .extracting(format -> format.getClass().getPackageName().substring(BASE.length() + 1))
        .containsExactlyInAnyOrderElementsOf(packages);
    assertThat(InventoryReaders.ids()).containsExactly("osquery", "csv", "cyclonedx", "spdx");
  }
}
