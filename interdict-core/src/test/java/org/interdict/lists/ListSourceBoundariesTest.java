package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.testing.PackageReferences;
import org.interdict.testing.PackageReferences.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The plain checks of issue 10 and ADR 004 for list sources: no package of {@code
 * org.interdict.lists} outside a source's own package names a source, no source imports {@code
 * lists.update} (nor another source), and every source package registers its {@link ListSource}.
 * Any sub-package not named in {@link #INFRASTRUCTURE} is a source family ({@code ofac} holds the
 * shared OFAC format of {@code ofac.sdn} and {@code ofac.nonsdn}).
 */
class ListSourceBoundariesTest {
  static final String BASE = "org.interdict.lists";

  /**
   * The packages every source may use and none may depend on a source: base, update, snapshot,
   * diff.
   */
  static final Set<String> INFRASTRUCTURE = Set.of("", "update", "snapshot", "diff");

  final List<SourceFile> files = PackageReferences.scan(PackageReferences.mainSources(), BASE);

  @Test
  void noPackageOutsideASourceNamesASource() {
    assertThat(files).filteredOn(file -> INFRASTRUCTURE.contains(file.subPackage())).isNotEmpty();
    List<String> violations =
        files.stream()
            .filter(file -> INFRASTRUCTURE.contains(file.subPackage()))
            .flatMap(
                file ->
                    file.references().stream()
                        .filter(reference -> !INFRASTRUCTURE.contains(reference))
                        .map(
                            reference ->
                                file.path() + " names source package " + BASE + "." + reference))
            .toList();
    assertThat(violations).isEmpty();
  }

  @Test
  void noSourceImportsUpdateOrAnotherSource() {
    assertThat(sourceFiles()).isNotEmpty();
    List<String> violations =
        sourceFiles().stream()
            .flatMap(
                file ->
                    file.references().stream()
                        .filter(
                            reference ->
                                reference.equals("update")
                                    || reference.startsWith("update.")
                                    || (!INFRASTRUCTURE.contains(reference)
                                        && !PackageReferences.familyOf(reference)
                                            .equals(file.family())))
                        .map(
                            reference ->
                                file.path()
                                    + " (source "
                                    + file.family()
                                    + ") names "
                                    + BASE
                                    + "."
                                    + reference))
            .toList();
    assertThat(violations).isEmpty();
  }

  @Test
  void everySourceFamilyRegistersAListSource() throws IOException {
    Set<String> families = new TreeSet<>();
    sourceFiles().forEach(file -> families.add(file.family()));
    Path services = Path.of("src/main/resources/META-INF/services/" + ListSource.class.getName());
    Set<String> registered = new TreeSet<>();
    for (String line : Files.readAllLines(services, StandardCharsets.UTF_8)) {
      String entry = line.replaceFirst("#.*", "").strip();
      if (!entry.isEmpty()) {
        registered.add(
            PackageReferences.familyOf(entry.substring(BASE.length() + 1, entry.lastIndexOf('.'))));
      }
    }
    assertThat(families).hasSizeGreaterThanOrEqualTo(7);
    assertThat(registered).isEqualTo(families);
    assertThat(ListSources.all())
        .extracting(
            source ->
                PackageReferences.familyOf(
                    source.getClass().getPackageName().substring(BASE.length() + 1)))
        .containsAll(families);
  }

  @Test
  void theCheckSeesImportsAndFullyQualifiedNamesButNotComments() {
    String source =
        """
        package org.interdict.lists.update;

        import org.interdict.lists.ListSource;
        import org.interdict.lists.snapshot.Snapshot;
        /** See {@link org.interdict.lists.csl.Reader}. */
        class X {
          Object a = org.interdict.lists.ofac.sdn.Reader.locate(null);
          String b = "org.interdict.lists.un.Mapper";
          // org.interdict.lists.dpl.Mapper
        }
        """;
    assertThat(PackageReferences.references(source, BASE))
        .containsExactly("", "ofac.sdn", "snapshot");
  }

  private List<SourceFile> sourceFiles() {
    return files.stream().filter(file -> !INFRASTRUCTURE.contains(file.subPackage())).toList();
  }
}
