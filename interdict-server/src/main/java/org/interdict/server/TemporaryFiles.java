package org.interdict.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory's {@code tmp/}, where the multipart parser spools uploads: at start-up nothing
 * in it belongs to a live request, so whatever a killed process left there (an upload cut off by
 * {@code kill -9}) is deleted.
 */
final class TemporaryFiles {
  private static final Logger LOG = LoggerFactory.getLogger(TemporaryFiles.class);

  private TemporaryFiles() {}

  /**
   * Deletes every file and folder inside {@code tmp} (not {@code tmp} itself); returns how many
   * files went.
   */
  static int clear(Path tmp) throws IOException {
    int deleted = 0;
    try (Stream<Path> walk = Files.walk(tmp)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!path.equals(tmp)) {
          deleted += Files.isDirectory(path) ? 0 : 1;
          Files.deleteIfExists(path);
        }
      }
    }
    if (deleted > 0) {
      LOG.info("Deleted {} temporary file(s) an earlier run left in {}; starting", deleted, tmp);
    }
    return deleted;
  }
}
