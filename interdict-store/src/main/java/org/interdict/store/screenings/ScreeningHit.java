package org.interdict.store.screenings;

import java.util.List;
import java.util.Objects;

/**
 * One matched party of a screening, with the SHA-256 of the list entry as it was when matched, the
 * listed party's programs and the explanation of the score as JSON text ({@code {}} for hits stored
 * before it was kept).
 */
public record ScreeningHit(
    String partyId,
    String listId,
    String entryId,
    String primaryName,
    String matchedName,
    double score,
    String entryHash,
    List<String> programs,
    String explanation) {
  public ScreeningHit {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(primaryName, "primaryName");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(entryHash, "entryHash");
    programs = List.copyOf(programs);
    Objects.requireNonNull(explanation, "explanation");
  }
}
