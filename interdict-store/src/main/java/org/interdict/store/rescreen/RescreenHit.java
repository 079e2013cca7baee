package org.interdict.store.rescreen;

import java.time.Instant;
import java.util.Objects;

/**
 * A hit a re-screen found ({@code new}) or lost ({@code gone}) for a stored party: the listed party
 * and entry, the score (new score, or the previous one for a gone hit), why ({@code entry-added},
 * {@code entry-changed}, {@code entry-removed}, {@code score-moved}), the snapshot ids of the
 * entry's list before and after, the entry hash, the explanation as JSON text ({@code {}} for gone
 * hits) and the listed party's programs.
 */
public record RescreenHit(
    String id,
    String runId,
    Instant at,
    String kind,
    String storedPartyId,
    String storedPartyName,
    String partyId,
    String listId,
    String entryId,
    String primaryName,
    double score,
    String reason,
    String snapshotBefore,
    String snapshotAfter,
    String entryHash,
    String explanation,
    java.util.List<String> programs) {
  public RescreenHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
    programs = java.util.List.copyOf(programs);
  }
}
