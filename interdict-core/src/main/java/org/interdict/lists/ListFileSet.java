package org.interdict.lists;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One snapshot of one source found in a lists directory: its primary file, the date of the nearest
 * dated folder ({@code 2024-05-03} or {@code 2024-05-03-partial}) and whether that folder is marked
 * {@code -partial} or {@code -sample}.
 */
public record ListFileSet(
    ListSource source, Path primary, Optional<LocalDate> folderDate, boolean partial) {
  public ListFileSet {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(folderDate, "folderDate");
  }
}
