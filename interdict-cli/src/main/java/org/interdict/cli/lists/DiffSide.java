package org.interdict.cli.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.interdict.InvalidValueException;
import org.interdict.NotFoundException;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotIds;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.model.Party;

/**
 * One side of a diff for one source: a label for humans, the parties of that source, and the
 * problems its files were read with (empty when read in full: otherwise an entry lost to a bad row
 * shows as removed or added). Resolved from a date (the snapshot in force that day), a snapshot id,
 * or a folder of list files.
 */
record DiffSide(String label, List<Party> parties, List<String> incompleteness) {
  /** A reference that names a folder of list files rather than a stored snapshot. */
  static boolean isFolder(String reference) {
    return dateOf(reference).isEmpty()
        && SnapshotIds.parse(reference).isEmpty()
        && Files.isDirectory(Path.of(reference));
  }

  /**
   * @throws NotFoundException when the reference resolves to no snapshot
   * @throws InvalidValueException when the reference is neither a date, a snapshot id nor a folder
   * @throws org.interdict.lists.snapshot.TamperedSnapshotException when the snapshot's files
   *     changed
   */
  static DiffSide resolve(SnapshotStore store, String sourceId, String reference) {
    Optional<LocalDate> date = dateOf(reference);
    if (date.isPresent()) {
      Snapshot snapshot =
          store
              .inForce(sourceId, date.get())
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          sourceId
                              + ": no snapshot on or before "
                              + reference
                              + " in "
                              + store.root()));
      return of(sourceId, snapshot);
    }
    if (SnapshotIds.parse(reference).isPresent()) {
      Snapshot snapshot =
          store
              .find(sourceId, reference)
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          sourceId + ": no snapshot " + reference + " in " + store.root()));
      return of(sourceId, snapshot);
    }
    Path folder = Path.of(reference);
    if (!Files.isDirectory(folder)) {
      throw new InvalidValueException(
          "'"
              + reference
              + "' is not a date (YYYY-MM-DD), a snapshot id "
              + "(YYYY-MM-DDThhmmssZ) or a folder");
    }
    return read(folder.toString(), sourceId, ListLoader.fromDirectory(folder));
  }

  static DiffSide of(String sourceId, Snapshot snapshot) {
    SnapshotStore.verify(snapshot);
    return read(snapshot.id(), sourceId, ListLoader.fromDirectory(snapshot.folder()));
  }

  private static DiffSide read(String label, String sourceId, LoadedLists lists) {
    return new DiffSide(label, lists.partiesOf(sourceId), lists.describeIncompleteness());
  }

  private static Optional<LocalDate> dateOf(String reference) {
    if (reference.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(reference));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
