package org.interdict.lists;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real list files in the shared data folder; tests that need them are skipped when absent. */
public final class SharedLists {
  private SharedLists() {}

  /** {@code <interdict.shared.dir>/data/lists}, or the test is skipped. */
  public static Path listsDir() {
    String shared = System.getProperty("interdict.shared.dir", "../../shared");
    Path dir = Path.of(shared, "data", "lists").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "shared list data not found at " + dir);
    return dir;
  }

  /** A file below the lists dir, or the test is skipped. */
  public static Path file(String relative) {
    Path file = listsDir().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "shared list file not found at " + file);
    return file;
  }
}
