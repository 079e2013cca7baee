package org.interdict.cli.lists;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.screening.stored.IndexedLists;
import org.interdict.screening.stored.StoredIndexes;

/**
 * The last step of {@code lists update} and {@code lists import}: the screening index of the
 * snapshots now in force is built and stored (or found already stored), so the next {@code screen
 * --data-dir} starts without parsing the lists. Run while the command still holds the store lock,
 * so no other update can change the snapshots in force between the command's last commit and the
 * index built from them. Reports on stderr; a failure here never changes the command's exit code.
 */
final class ScreeningIndexStep {
  private ScreeningIndexStep() {}

  static void run(SnapshotStore store, Clock clock, PrintWriter stderr) {
    PrintWriter err = org.interdict.cli.Verbosity.notes(stderr);
    long start = System.nanoTime();
    IndexedLists indexed =
        StoredIndexes.inForce(store, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    indexed.notices().forEach(notice -> err.println("warning: " + notice));
    if (indexed.inForce().used().isEmpty()) {
      return;
    }
    err.printf(
        java.util.Locale.ROOT,
        "Screening index %s %s: %d parties, %d names, version %s (%d ms)%n",
        indexed.origin() == IndexedLists.Origin.STORED ? "up to date in" : "stored in",
        StoredIndexes.file(store, LocalDate.now(clock.withZone(ZoneOffset.UTC))),
        indexed.index().partyCount(),
        indexed.index().nameCount(),
        indexed.index().version(),
        (System.nanoTime() - start) / 1_000_000);
  }
}
