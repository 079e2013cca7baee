package org.interdict.store.screenings;

import java.util.Objects;

/** One matched party of a screening, with the SHA-256 of the list entry as it was when matched. */
public record ScreeningHit(
    String partyId, String listId, String entryId, String primaryName, String matchedName, double score,
    String entryHash) {
  public ScreeningHit {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(primaryName, "primaryName");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(entryHash, "entryHash");
  }
}
