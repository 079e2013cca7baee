package org.interdict.screening.stored;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.SharedLists;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.update.ImportFiles;
import org.interdict.lists.update.ListUpdater;
import org.interdict.lists.update.OfficialSources;

/**
 * Snapshot stores filled from the real shared list files, as {@code interdict lists import} fills
 * them.
 */
final class StoreFixture {
  /** The newest complete folder of each official list in the shared data, by source id. */
  static final String[][] ALL_OFFICIAL = {
    {"us-ofac-sdn", "us_ofac_sdn/2024-05-03"},
    {"us-ofac-non-sdn", "us_ofac_non_sdn/2025-12-19"},
    {"us-csl", "us_csl/2023-11-30"},
    {"us-bis-dpl", "us_bis_dpl/2023-11-30"},
    {"un-sc-consolidated", "un_sc_consolidated/2026-02-27"},
  };

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private StoreFixture() {}

  /**
   * Imports {@code folder} (relative to the shared lists) as source {@code sourceId}, fetched on
   * {@code day}.
   */
  static void importFolder(SnapshotStore store, String sourceId, String folder, LocalDate day) {
    Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    OfficialSource source = OfficialSources.defaults().byId(sourceId);
    try {
      var files = ImportFiles.match(source, SharedLists.listsDir().resolve(folder));
      // The shared CSL copy is truncated in its last record: accepted deliberately, as a site
      // would.
      new ListUpdater(store, Optional.empty(), Clock.fixed(at, ZoneOffset.UTC), true)
          .importFiles(source, files, at);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A store under {@code dataDir} holding the given sources, each imported on the date of its
   * folder.
   */
  static SnapshotStore store(Path dataDir, String[]... sources) {
    SnapshotStore store = SnapshotStore.at(dataDir);
    for (String[] source : sources) {
      importFolder(
          store,
          source[0],
          source[1],
          LocalDate.parse(source[1].substring(source[1].indexOf('/') + 1)));
    }
    return store;
  }
}
