package org.interdict.lists.snapshot;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Snapshot folder names: {@code YYYY-MM-DDThhmmssZ} in UTC (for example {@code
 * 2024-05-03T184300Z}). They sort in time order as text and start with the date, so {@link
 * org.interdict.lists.ListDirectory} reads them as dated folders.
 */
public final class SnapshotIds {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'", Locale.ROOT);

  private SnapshotIds() {}

  public static String of(Instant fetchedAt) {
    return FORMAT.format(
        LocalDateTime.ofInstant(fetchedAt.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
  }

  /** The instant a folder name stands for, or empty when the name is not a snapshot id. */
  public static Optional<Instant> parse(String folderName) {
    try {
      return Optional.of(LocalDateTime.parse(folderName, FORMAT).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
