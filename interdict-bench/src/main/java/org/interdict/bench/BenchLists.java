package org.interdict.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;

/**
 * Finds and loads the real list files for benchmarks and evaluation: an explicit directory, else
 * the {@code interdict.shared.dir} system property (set by the build) plus {@code data/lists}, else
 * {@code ../shared/data/lists} relative to the working directory (the repository root) or to one of
 * its parents (a module folder, a git worktree).
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
    // ../shared/data/lists from the repository root; from a module folder or a worktree it sits
    // further up
    Path dir = Path.of("").toAbsolutePath();
    for (int depth = 0; depth < 4 && dir.getParent() != null; depth++, dir = dir.getParent()) {
      Path candidate = dir.getParent().resolve("shared").resolve("data").resolve("lists");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The official lists of {@code dir} plus the bundled curated snapshot, as {@code interdict
   * screen} loads them.
   */
  public static LoadedLists load(Path dir) {
    return ListLoader.bundled().plus(ListLoader.fromDirectory(dir));
  }
}
