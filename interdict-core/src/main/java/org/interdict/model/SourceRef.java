package org.interdict.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which list entry a party came from: the stable list id (for example {@code us-ofac-sdn}, {@code
 * us-csl}, {@code interdict-curated}), the entry's id within that list, the list's publication date
 * when known, and the file it was read from ("" for bundled data).
 */
public record SourceRef(String listId, String entryId, Optional<LocalDate> listDate, String file) {
  public SourceRef {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(listDate, "listDate");
    Objects.requireNonNull(file, "file");
  }
}
