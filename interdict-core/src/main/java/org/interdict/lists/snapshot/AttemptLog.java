package org.interdict.lists.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code attempts.jsonl} file of a source: one JSON object per line, appended, never rewritten.
 */
final class AttemptLog {
  private static final Logger LOG = LoggerFactory.getLogger(AttemptLog.class);

  private AttemptLog() {}

  static void append(Path log, Attempt attempt) {
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          ManifestJson.line(attempt) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new SnapshotStoreException("cannot append to " + log + ": " + e.getMessage(), e);
    }
  }

  static List<Attempt> read(Path log) {
    List<Attempt> attempts = new ArrayList<>();
    if (!Files.isRegularFile(log)) {
      return attempts;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SnapshotStoreException("cannot read " + log + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        attempts.add(ManifestJson.attempt(lines.get(i)));
      } catch (IOException | RuntimeException e) {
        LOG.warn("{}:{}: unreadable attempt line ({}); skipping it", log, i + 1, e.getMessage());
      }
    }
    return attempts;
  }
}
