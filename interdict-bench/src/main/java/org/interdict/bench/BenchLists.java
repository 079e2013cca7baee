package org.interdict.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;

/**
 * Finds and loads the real list files for benchmarks and evaluation: an explicit directory, else the
 * {@code interdict.shared.dir} system property (set by the build) plus {@code data/lists}, else
 * {@code ../shared/data/lists} relative to the working directory (the repository root).
 */
public final class BenchLists {
  private BenchLists() {}

  public static Optional<Path> locate(Optional<String> explicit) {
    if (explicit.isPresent()) {
      return Optional.of(Path.of(explicit.get()));
    }
    String shared = System.getProperty("interdict.shared.dir");
    if (shared != null && Files.isDirectory(Path.of(shared, "data", "lists"))) {
      return Optional.of(Path.of(shared, "data", "lists"));
    }
    Path relative = Path.of("..", "shared", "data", "lists");
    return Files.isDirectory(relative) ? Optional.of(relative) : Optional.empty();
  }

  /** The official lists of {@code dir} plus the bundled curated snapshot, as {@code interdict screen} loads them. */
  public static LoadedLists load(Path dir) {
    return ListLoader.bundled().plus(ListLoader.fromDirectory(dir));
  }
}
