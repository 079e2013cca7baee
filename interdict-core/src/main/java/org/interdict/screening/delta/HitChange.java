package org.interdict.screening.delta;

import java.util.Objects;
import java.util.Optional;
import org.interdict.screening.Match;

/**
 * A hit that appeared or disappeared for a stored party after a list update: the listed party's id,
 * its score (the new one for a new hit, the previous one for a gone hit), the full match with its
 * explanation for new hits, and why ({@code entry-added}, {@code entry-changed}, {@code
 * entry-removed}, {@code score-moved}).
 */
public record HitChange(
    StoredParty stored,
    Kind kind,
    String partyId,
    double score,
    Optional<Match> match,
    String reason) {
  /** Whether the hit is new or gone. */
  public enum Kind {
    NEW("new"),
    GONE("gone");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public HitChange {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(reason, "reason");
  }
}
