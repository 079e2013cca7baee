package org.interdict.lists.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interdict.lists.ListInfo;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;
import org.interdict.lists.UnreadableListException;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.Validation;
import org.interdict.lists.snapshot.Validation.Outcome;

/**
 * Decides whether candidate files may become a snapshot: the files are there and not empty, the
 * real reader (through {@link ListLoader}) reads entries from them, the count is at least the
 * source's sanity floor, it has not dropped by more than {@link #MAX_DROP} against the previous
 * snapshot, and the files were read completely: a single skipped row, replaced byte, parser limit
 * or read error makes the candidate suspicious, for a first import or download as for later ones,
 * because a list that cannot be read completely is never put in force as if complete. Stateless.
 */
public final class SnapshotValidator {
  /** A drop of more than this share of entries against the previous snapshot is suspicious. */
  public static final double MAX_DROP = 0.20;

  private SnapshotValidator() {}

  /**
   * @param folder the candidate files, under their stored names
   * @param previous the snapshot in force, to compare counts with
   * @param allFilesRequired true for downloads (every required file), false for imports (the
   *     primary file only)
   */
  public static Validation validate(
      OfficialSource source, Path folder, Optional<Snapshot> previous, boolean allFilesRequired) {
    return validate(source, folder, previous, allFilesRequired, false);
  }

  /**
   * As {@link #validate(OfficialSource, Path, Optional, boolean)}; with {@code acceptIncomplete} a
   * list read with problems is accepted (when no other check fails) and says so in its checks. The
   * problems stay in the files, so every screening against the snapshot still names the list as
   * incomplete and exits 4: the override only lets a site put an official file it knows to be
   * defective in force, deliberately and on the record.
   */
  public static Validation validate(
      OfficialSource source,
      Path folder,
      Optional<Snapshot> previous,
      boolean allFilesRequired,
      boolean acceptIncomplete) {
    List<String> checks = new ArrayList<>();
    int previousCount = previous.map(snapshot -> snapshot.manifest().entryCount()).orElse(-1);
    boolean missing = false;
    for (RemoteFile file : source.files()) {
      Path path =
          file.equals(source.primary()) ? primaryIn(folder, file) : folder.resolve(file.name());
      boolean needed = file.equals(source.primary()) || (allFilesRequired && file.required());
      if (!Files.isRegularFile(path)) {
        if (needed) {
          checks.add("missing: " + file.name());
          missing = true;
        } else {
          checks.add("ok: " + file.name() + " absent (optional for an import)");
        }
      } else if (size(path) == 0) {
        checks.add("empty: " + file.name() + " has 0 bytes");
        missing = true;
      }
    }
    if (missing) {
      return new Validation(Outcome.FAILED, 0, previousCount, 0, checks);
    }
    LoadedLists loaded;
    try {
      loaded = ListLoader.fromDirectory(folder);
    } catch (UnreadableListException e) {
      checks.add("unreadable: " + e.getMessage());
      return new Validation(Outcome.FAILED, 0, previousCount, 0, checks);
    }
    Optional<ListInfo> info =
        loaded.lists().stream().filter(list -> list.listId().equals(source.id())).findFirst();
    if (info.isEmpty()) {
      checks.add(
          "unrecognised: " + source.primary().name() + " is not in the " + source.id() + " format");
      return new Validation(Outcome.FAILED, 0, previousCount, loaded.errors().size(), checks);
    }
    int entries = info.get().entryCount();
    int errors = loaded.errors().size();
    if (errors > 0) {
      checks.add(
          "incomplete: "
              + errors
              + (errors == 1 ? " problem" : " problems")
              + " reading "
              + source.id()
              + ", first "
              + loaded.errors().get(0)
              + "; a list that cannot be read completely is not put in force");
      loaded.errors().stream().skip(1).limit(2).forEach(error -> checks.add("also: " + error));
    }
    return judge(source, entries, previousCount, errors, checks, acceptIncomplete);
  }

  private static Validation judge(
      OfficialSource source,
      int entries,
      int previousCount,
      int errors,
      List<String> checks,
      boolean acceptIncomplete) {
    if (entries == 0) {
      checks.add("empty: no entries could be read");
      return new Validation(Outcome.FAILED, 0, previousCount, errors, checks);
    }
    Outcome outcome = Outcome.ACCEPTED;
    if (entries < source.minimumEntries()) {
      checks.add(
          "too-few: " + entries + " entries, below the sanity floor of " + source.minimumEntries());
      outcome = Outcome.SUSPICIOUS;
    }
    if (previousCount > 0 && entries < previousCount * (1 - MAX_DROP)) {
      checks.add(
          String.format(
              Locale.ROOT,
              "drop: %d entries, %.0f%% fewer than the previous snapshot's %d"
                  + " (more than %.0f%%)",
              entries,
              100.0 * (previousCount - entries) / previousCount,
              previousCount,
              100 * MAX_DROP));
      outcome = Outcome.SUSPICIOUS;
    }
    if (errors > 0 && acceptIncomplete) {
      checks.add(
          "accepted-incomplete: put in force with "
              + errors
              + (errors == 1 ? " problem" : " problems")
              + " because --accept-incomplete was given; screenings against it are marked incomplete (exit 4)");
    } else if (errors > 0) {
      outcome = Outcome.SUSPICIOUS;
    }
    checks.add(
        "ok: "
            + entries
            + " entries"
            + (previousCount >= 0 ? ", previous snapshot " + previousCount : "")
            + ", "
            + errors
            + " rows skipped");
    return new Validation(outcome, entries, previousCount, errors, checks);
  }

  /**
   * The primary file as stored: under its own name, or under another extension for an imported
   * export.
   */
  private static Path primaryIn(Path folder, RemoteFile primary) {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      return files
          .filter(path -> primary.isStoredAs(path.getFileName().toString()))
          .sorted()
          .findFirst()
          .orElse(folder.resolve(primary.name()));
    } catch (IOException e) {
      return folder.resolve(primary.name());
    }
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }
}
