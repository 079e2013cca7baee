package org.interdict.lists.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.SharedLists;
import org.interdict.lists.update.ImportFiles;
import org.interdict.lists.update.ListUpdater;
import org.interdict.lists.update.OfficialSources;
import org.interdict.lists.update.UpdateReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real SDN pair as two snapshots, then checks as-of choice, immutability and tamper
 * detection.
 */
class SnapshotStoreTest {
  static final Instant APRIL = Instant.parse("2024-04-26T12:00:00Z");
  static final Instant MAY = Instant.parse("2024-05-03T18:43:00Z");

  @TempDir Path dataDir;
  SnapshotStore store;
  OfficialSource sdn;

  @BeforeEach
  void importPair() throws IOException {
    store = SnapshotStore.at(dataDir);
    sdn = OfficialSources.defaults().byId("us-ofac-sdn");
    ListUpdater updater =
        new ListUpdater(store, Optional.empty(), Clock.fixed(MAY.plusSeconds(60), ZoneOffset.UTC));
    for (var pair : List.of(Map.entry(APRIL, "2024-04-26"), Map.entry(MAY, "2024-05-03"))) {
      Path folder = SharedLists.listsDir().resolve("us_ofac_sdn").resolve(pair.getValue());
      UpdateReport report = updater.importFiles(sdn, ImportFiles.match(sdn, folder), pair.getKey());
      assertThat(report.ok()).as(report.checks().toString()).isTrue();
    }
  }

  @Test
  void importedSnapshotsCarryManifestsAndCounts() {
    List<Snapshot> snapshots = store.list("us-ofac-sdn").snapshots();
    assertThat(snapshots)
        .extracting(Snapshot::id)
        .containsExactly("2024-04-26T120000Z", "2024-05-03T184300Z");
    assertThat(snapshots).extracting(s -> s.manifest().entryCount()).containsExactly(14668, 14965);
    Manifest may = snapshots.get(1).manifest();
    assertThat(may.method()).isEqualTo(Manifest.IMPORT);
    assertThat(may.validation().previousEntryCount()).isEqualTo(14668);
    assertThat(may.validation().checks()).anyMatch(check -> check.contains("alt.csv absent"));
    assertThat(may.files())
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.name()).isEqualTo("sdn.csv");
              assertThat(file.size()).isEqualTo(3909739);
              assertThat(file.origin()).endsWith("us_ofac_sdn/2024-05-03/sdn.csv");
            });
    assertThat(store.attempts("us-ofac-sdn"))
        .extracting(Attempt::result)
        .containsExactly(Attempt.Result.UPDATED, Attempt.Result.UPDATED);
  }

  @Test
  void theSnapshotInForceIsTheNewestOnOrBeforeTheDay() {
    assertThat(store.inForce("us-ofac-sdn", LocalDate.parse("2024-04-25"))).isEmpty();
    assertThat(store.inForce("us-ofac-sdn", LocalDate.parse("2024-04-26")))
        .map(Snapshot::id)
        .contains("2024-04-26T120000Z");
    assertThat(store.inForce("us-ofac-sdn", LocalDate.parse("2024-05-02")))
        .map(Snapshot::id)
        .contains("2024-04-26T120000Z");
    assertThat(store.inForce("us-ofac-sdn", LocalDate.parse("2024-05-03")))
        .map(Snapshot::id)
        .contains("2024-05-03T184300Z");
    assertThat(store.inForce("us-ofac-sdn", LocalDate.parse("2030-01-01")))
        .map(Snapshot::id)
        .contains("2024-05-03T184300Z");
  }

  @Test
  void inForceListsLoadTheChosenSnapshotAndSayWhichOnesAreMissing() {
    InForceLists before = InForceLists.load(store, LocalDate.parse("2024-04-25"));
    assertThat(before.used()).isEmpty();
    assertThat(before.problems())
        .containsExactly(
            "us-ofac-sdn: no snapshot on or before 2024-04-25 (oldest is 2024-04-26T120000Z); left out");

    InForceLists april = InForceLists.load(store, LocalDate.parse("2024-05-02"));
    assertThat(april.describeSnapshots())
        .containsExactly("us-ofac-sdn 2024-04-26T120000Z (14668 entries)");
    assertThat(april.lists().parties()).hasSize(14668);
    assertThat(april.lists().lists())
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.listDate()).contains(LocalDate.parse("2024-04-26"));
              assertThat(info.files()).singleElement().asString().contains("2024-04-26T120000Z");
            });
  }

  @Test
  void theStoreReadsAsAListsDirectoryAndPicksTheNewestSnapshot() {
    LoadedLists loaded = ListLoader.fromDirectory(store.root());
    assertThat(loaded.lists())
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.listId()).isEqualTo("us-ofac-sdn");
              assertThat(info.entryCount()).isEqualTo(14965);
              assertThat(info.listDate()).contains(LocalDate.parse("2024-05-03"));
            });
  }

  @Test
  void aTamperedSnapshotIsReportedAndNotUsed() throws IOException {
    Snapshot may = store.find("us-ofac-sdn", "2024-05-03T184300Z").orElseThrow();
    Path sdnCsv = may.folder().resolve("sdn.csv");
    sdnCsv.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(sdnCsv);
    bytes[100] = (byte) (bytes[100] == 'A' ? 'B' : 'A');
    Files.write(sdnCsv, bytes);
    Files.writeString(may.folder().resolve("extra.csv"), "1,2\n", StandardCharsets.UTF_8);

    assertThat(SnapshotStore.problems(may))
        .containsExactly(
            "sdn.csv SHA-256 differs from the manifest", "extra.csv is not in the manifest");
    assertThatThrownBy(() -> SnapshotStore.verify(may))
        .isInstanceOf(TamperedSnapshotException.class)
        .hasMessageContaining("2024-05-03T184300Z")
        .hasMessageContaining("sdn.csv SHA-256 differs");
    InForceLists lists = InForceLists.load(store, LocalDate.parse("2024-06-01"));
    assertThat(lists.used()).isEmpty();
    assertThat(lists.problems())
        .singleElement()
        .asString()
        .contains("snapshot 2024-05-03T184300Z does not match its manifest")
        .endsWith("not used");
    Files.delete(may.folder().resolve("extra.csv"));
    Files.delete(sdnCsv);
    assertThat(SnapshotStore.problems(may)).containsExactly("sdn.csv is missing");
  }

  @Test
  void snapshotsAreNeverReplaced() throws IOException {
    Snapshot may = store.find("us-ofac-sdn", "2024-05-03T184300Z").orElseThrow();
    Path staging = store.newStagingFolder("us-ofac-sdn");
    Files.writeString(staging.resolve("sdn.csv"), "x", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store.commit(staging, may.manifest()))
        .isInstanceOf(SnapshotStoreException.class)
        .hasMessageContaining("never replaced");
    assertThat(SnapshotStore.problems(may)).isEmpty();

    UpdateReport again =
        new ListUpdater(store, Optional.empty(), Clock.systemUTC())
            .importFiles(
                sdn,
                ImportFiles.match(sdn, SharedLists.listsDir().resolve("us_ofac_sdn/2024-05-03")),
                MAY.plusSeconds(3600));
    assertThat(again.attempt().result()).isEqualTo(Attempt.Result.UNCHANGED);
    assertThat(again.attempt().reason()).isEqualTo("same content as 2024-05-03T184300Z");
  }

  @Test
  @SuppressWarnings("try")
  void onlyOneWriterHoldsTheLockAndItClearsStaleStaging() {
    Path stale = store.newStagingFolder("us-ofac-sdn");
    try (StoreLock lock = store.lock()) {
      assertThat(stale).doesNotExist();
      assertThatThrownBy(store::lock)
          .isInstanceOf(SnapshotStoreException.class)
          .hasMessageContaining("another update or import holds")
          .hasMessageContaining("lists.lock");
    }
    try (StoreLock again = store.lock()) {
      assertThat(dataDir.resolve("lists.lock")).exists();
    }
  }

  @Test
  void snapshotIdsRoundTripAndSortInTimeOrder() {
    assertThat(SnapshotIds.of(Instant.parse("2024-05-03T18:43:07.9Z")))
        .isEqualTo("2024-05-03T184307Z");
    assertThat(SnapshotIds.parse("2024-05-03T184307Z"))
        .contains(Instant.parse("2024-05-03T18:43:07Z"));
    assertThat(SnapshotIds.parse("2024-05-03")).isEmpty();
    assertThat(SnapshotIds.parse("2024-05-03T184307Z-partial")).isEmpty();
  }

  @Test
  void dataDirComesFromTheEnvironmentOrTheHome() {
    assertThat(DataDirs.resolve(Map.of("INTERDICT_HOME", "/srv/interdict"), "/home/a"))
        .isEqualTo(Path.of("/srv/interdict"));
    assertThat(DataDirs.resolve(Map.of(), "/home/a")).isEqualTo(Path.of("/home/a/.interdict"));
  }
}
