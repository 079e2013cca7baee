package org.interdict.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One list as it was loaded, so outputs can say which lists and which dates were used. {@code listDate} is the
 * date the list itself states (UN {@code dateGenerated}, curated snapshot date) or else the date of the dated
 * snapshot folder it was read from; empty when neither is known. {@code files} are the files read, as paths
 * the user can recognise ("" entries never appear; bundled data names its resource).
 */
public record ListInfo(
    String listId, String title, Optional<LocalDate> listDate, List<String> files, int entryCount) {
  public ListInfo {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(listDate, "listDate");
    files = List.copyOf(files);
    if (entryCount < 0) {
      throw new IllegalArgumentException("entryCount must be >= 0, was " + entryCount);
    }
  }

  /** "us-ofac-sdn (2024-05-03, 14965 entries)" for humans. */
  public String describe() {
    return listId + " (" + listDate.map(LocalDate::toString).orElse("date unknown") + ", " + entryCount
        + " entries)";
  }
}
