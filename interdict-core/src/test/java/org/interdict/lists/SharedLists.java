package org.interdict.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.testing.Prerequisites;

/**
 * Locates the real list files in the shared data folder; tests that need them are skipped when
 * absent, or fail under {@code -Dinterdict.require.shared=true} ({@link Prerequisites}).
 */
public final class SharedLists {
  private SharedLists() {}

  /** {@code <interdict.shared.dir>/data/lists}, or the test is skipped. */
  public static Path listsDir() {
    Path dir = Prerequisites.sharedDir().resolve("data").resolve("lists");
    Prerequisites.require(Files.isDirectory(dir), "shared list data not found at " + dir);
    return dir;
  }

  /** A file below the lists dir, or the test is skipped. */
  public static Path file(String relative) {
    Path file = listsDir().resolve(relative);
    Prerequisites.require(Files.isRegularFile(file), "shared list file not found at " + file);
    return file;
  }
}
