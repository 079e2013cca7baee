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
import org.interdict.lists.ListSource;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotIds;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.model.Party;

/**
 * One side of a diff for one source: a label for humans, and the parties of that source. Resolved
 * from a date (the snapshot in force that day), a snapshot id, or a folder of list files.
 */
record DiffSide(String label, List<Party> parties) {
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
    return new DiffSide(folder.toString(), partiesOf(sourceId, ListLoader.fromDirectory(folder)));
  }

  static DiffSide of(String sourceId, Snapshot snapshot) {
    SnapshotStore.verify(snapshot);
    return new DiffSide(
        snapshot.id(), partiesOf(sourceId, ListLoader.fromDirectory(snapshot.folder())));
  }

  static List<Party> partiesOf(String sourceId, LoadedLists lists) {
    return lists.parties().stream()
        .filter(party -> ListSource.matches(sourceId, party.source().listId()))
        .toList();
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
