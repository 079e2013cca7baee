package org.interdict.lists.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.SharedLists;
import org.interdict.lists.snapshot.Attempt;
import org.interdict.lists.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, failure 1: a first import of a list file that cannot be read completely must not be put
 * in force.
 */
class ImportIncompleteTest {
  static final Instant WHEN = Instant.parse("2024-05-03T18:43:00Z");

  @Test
  void aFirstImportOfTheRealSdnFileWithOneLatin1ByteIsRefused(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("download");
    Files.createDirectories(folder);
    byte[] bytes = Files.readAllBytes(SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv"));
    int at =
        new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
            .indexOf("27966,\"ACL ITHALAT");
    bytes[at + 8] = (byte) 0xC7;
    Files.write(folder.resolve("sdn.csv"), bytes);
    SnapshotStore store = SnapshotStore.at(dir.resolve("data"));
    OfficialSource sdn = OfficialSources.defaults().byId("us-ofac-sdn");

    UpdateReport report =
        new ListUpdater(store, Optional.empty(), Clock.fixed(WHEN, ZoneOffset.UTC))
            .importFiles(sdn, ImportFiles.match(sdn, folder), WHEN);

    assertThat(report.attempt().result()).isEqualTo(Attempt.Result.SUSPICIOUS);
    assertThat(report.attempt().reason())
        .contains("incomplete: 1 problem reading us-ofac-sdn", "sdn.csv:7001");
    assertThat(report.checks())
        .anySatisfy(check -> assertThat(check).startsWith("ok: 14965 entries"));
    assertThat(report.inForce()).isEmpty();
    assertThat(store.list("us-ofac-sdn").snapshots()).isEmpty();
  }

  @Test
  void theSameFileUndamagedIsImported(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("download");
    Files.createDirectories(folder);
    Files.copy(SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv"), folder.resolve("sdn.csv"));
    SnapshotStore store = SnapshotStore.at(dir.resolve("data"));
    OfficialSource sdn = OfficialSources.defaults().byId("us-ofac-sdn");

    UpdateReport report =
        new ListUpdater(store, Optional.empty(), Clock.fixed(WHEN, ZoneOffset.UTC))
            .importFiles(sdn, ImportFiles.match(sdn, folder), WHEN);

    assertThat(report.attempt().result()).isEqualTo(Attempt.Result.UPDATED);
    assertThat(report.inForce().orElseThrow().manifest().entryCount()).isEqualTo(14_965);
  }

  @Test
  void theRealTruncatedCslIsRefusedUnlessTheSiteAcceptsItAndThenScreensAsIncomplete(
      @TempDir Path dir) throws Exception {
    // The shared CSL copy ends inside its last record: a real defective official file.
    Path folder = SharedLists.file("us_csl/2023-11-30/csl.csv").getParent();
    OfficialSource csl = OfficialSources.defaults().byId("us-csl");
    SnapshotStore store = SnapshotStore.at(dir.resolve("data"));

    UpdateReport refused =
        new ListUpdater(store, Optional.empty(), Clock.fixed(WHEN, ZoneOffset.UTC))
            .importFiles(csl, ImportFiles.match(csl, folder), WHEN);
    UpdateReport accepted =
        new ListUpdater(store, Optional.empty(), Clock.fixed(WHEN, ZoneOffset.UTC), true)
            .importFiles(csl, ImportFiles.match(csl, folder), WHEN);

    assertThat(refused.attempt().result()).isEqualTo(Attempt.Result.SUSPICIOUS);
    assertThat(accepted.attempt().result()).isEqualTo(Attempt.Result.UPDATED);
    assertThat(accepted.checks())
        .anySatisfy(check -> assertThat(check).startsWith("accepted-incomplete: "));
    var loaded =
        org.interdict.lists.ListLoader.fromDirectory(accepted.inForce().orElseThrow().folder());
    assertThat(loaded.complete()).isFalse();
    assertThat(loaded.incompleteLists())
        .extracting(org.interdict.lists.ListInfo::listId)
        .containsExactly("us-csl");
  }
}
