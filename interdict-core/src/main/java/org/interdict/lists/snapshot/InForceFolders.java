package org.interdict.lists.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The snapshot folders in force on a date judged by their names alone (no manifest parsed, no file
 * hashed): per source, the newest folder whose snapshot id falls on or before that day. In a sound
 * store this is what {@link InForceLists#select} chooses; {@link #agrees} tells whether it did.
 * Cheap, so a stored screening index can be found without parsing manifests.
 */
public record InForceFolders(LocalDate asOf, Map<String, Path> chosen, List<String> problems) {
  public InForceFolders {
    chosen = java.util.Collections.unmodifiableMap(new TreeMap<>(chosen));
    problems = List.copyOf(problems);
  }

  public static InForceFolders of(SnapshotStore store, LocalDate asOf) {
    Map<String, Path> chosen = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String sourceId : store.sourceIds()) {
      List<Path> folders = snapshotFolders(store.root().resolve(sourceId));
      if (folders.isEmpty()) {
        continue;
      }
      Optional<Path> found =
          folders.stream().filter(folder -> !day(folder).isAfter(asOf)).reduce((a, b) -> b);
      if (found.isPresent()) {
        chosen.put(sourceId, found.get());
      } else {
        problems.add(
            InForceLists.noSnapshotProblem(
                sourceId, asOf, folders.get(0).getFileName().toString()));
      }
    }
    return new InForceFolders(asOf, chosen, problems);
  }

  /** Whether {@code selection} chose exactly these folders and found nothing wrong with them. */
  public boolean agrees(InForceLists.Selection selection) {
    Map<String, Path> selected = new TreeMap<>();
    selection.chosen().forEach(snapshot -> selected.put(snapshot.sourceId(), snapshot.folder()));
    return selected.equals(chosen) && selection.problems().equals(problems);
  }

  private static List<Path> snapshotFolders(Path sourceFolder) {
    try (Stream<Path> children = Files.list(sourceFolder)) {
      return children
          .filter(Files::isDirectory)
          .filter(folder -> SnapshotIds.parse(folder.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SnapshotStoreException("cannot list " + sourceFolder + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate day(Path folder) {
    Instant fetchedAt = SnapshotIds.parse(folder.getFileName().toString()).orElseThrow();
    return LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC);
  }
}
