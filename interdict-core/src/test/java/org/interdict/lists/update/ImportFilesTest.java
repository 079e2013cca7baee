package org.interdict.lists.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.interdict.lists.Fixtures;
import org.interdict.lists.ListLoader;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.snapshot.Attempt;
import org.interdict.lists.snapshot.SnapshotStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 (found by a new user): {@code lists import} of the UK Sanctions List CSV or the EU FSF
 * CSV stored it under the source's {@code .xml} name, so the XML reader rejected it.
 */
class ImportFilesTest {
  static final Instant WHEN = Instant.parse("2026-11-27T10:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "uk-sanctions-list, uk/UK-Sanctions-List.csv, UK-Sanctions-List.csv, UK-Sanctions-List.csv, 4, UPDATED",
    "uk-sanctions-list, uk/ConList.csv, ConList.csv, UK-Sanctions-List.csv, 3, SUSPICIOUS",
    "eu-fsf, eu/csvFullSanctionsList_1_1.csv, csvFullSanctionsList_1_1.csv, eu-fsf.csv, 3, SUSPICIOUS",
    "uk-sanctions-list, eu-uk/uk/2026-11-27/UK-Sanctions-List.xml, UK-Sanctions-List.xml, UK-Sanctions-List.xml, 4, UPDATED",
  })
  void storesACsvUnderACsvNameAndReadsIt(
      String sourceId,
      String fixture,
      String localName,
      String storedName,
      int entries,
      Attempt.Result expected,
      @TempDir Path dir)
      throws Exception {
    Path folder = dir.resolve("download");
    Files.createDirectories(folder);
    Files.copy(Fixtures.path(fixture), folder.resolve(localName));
    OfficialSource source =
        OfficialSources.defaults()
            .withOverrides(Map.of(sourceId + ".min-entries", "1"))
            .byId(sourceId);

    Map<String, Path> matched = ImportFiles.match(source, folder);

    assertThat(matched).containsOnlyKeys(storedName);
    SnapshotStore store = SnapshotStore.at(dir.resolve("data"));
    UpdateReport report =
        new ListUpdater(store, Optional.empty(), Clock.fixed(WHEN, ZoneOffset.UTC))
            .importFiles(source, matched, WHEN);
    // The EU CSV and ConList fixtures hold broken rows on purpose: read as CSV, refused as
    // incomplete.
    assertThat(report.attempt().result()).as(report.checks().toString()).isEqualTo(expected);
    assertThat(report.checks())
        .noneMatch(check -> check.startsWith("unrecognised") || check.startsWith("missing"));
    assertThat(report.checks())
        .anySatisfy(check -> assertThat(check).startsWith("ok: " + entries + " entries"));
    if (expected == Attempt.Result.UPDATED) {
      assertThat(report.inForce().orElseThrow().folder().resolve(storedName)).exists();
      assertThat(ListLoader.fromDirectory(report.inForce().orElseThrow().folder()).parties())
          .hasSize(entries);
    }
  }
}
