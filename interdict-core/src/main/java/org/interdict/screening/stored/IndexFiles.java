package org.interdict.screening.stored;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Housekeeping of the index folder: only the newest few index files are kept. */
final class IndexFiles {
  private static final Logger LOG = LoggerFactory.getLogger(IndexFiles.class);

  /**
   * Index files kept per store (newest first); an older set of snapshots is rebuilt if asked for
   * again.
   */
  static final int KEEP = 4;

  private IndexFiles() {}

  /** Keeps the {@link #KEEP} newest index files, {@code current} (just written) among them. */
  static void prune(Path current) {
    Path folder = current.getParent();
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> old =
          files
              .filter(f -> f.getFileName().toString().endsWith(".idx") && !f.equals(current))
              .sorted(Comparator.comparing(IndexFiles::modified).reversed())
              .skip(KEEP - 1L)
              .toList();
      for (Path stale : old) {
        Files.deleteIfExists(stale);
      }
    } catch (IOException e) {
      LOG.warn(
          "Cannot prune old screening indexes in {}: {}; leaving them", folder, e.getMessage());
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
