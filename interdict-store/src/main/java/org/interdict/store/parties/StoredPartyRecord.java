package org.interdict.store.parties;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored party: its id, name, optional type and country ("" when not given), where it came from
 * ({@code import} or {@code screening}), when it was first stored, and its last screening result.
 */
public record StoredPartyRecord(
    String id,
    String name,
    String type,
    String country,
    String origin,
    Instant createdAt,
    Optional<Instant> screenedAt,
    List<LastHit> lastHits) {
  public StoredPartyRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(screenedAt, "screenedAt");
    lastHits = List.copyOf(lastHits);
  }
}
