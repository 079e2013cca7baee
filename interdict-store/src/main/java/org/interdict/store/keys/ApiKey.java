package org.interdict.store.keys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API key (never the key itself): id, the user it belongs to, name, role id, when and by
 * whom it was made, when revoked.
 */
public record ApiKey(
    String id,
    String userId,
    String name,
    String role,
    Instant createdAt,
    String createdBy,
    Optional<Instant> revokedAt) {
  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  public boolean active() {
    return revokedAt.isEmpty();
  }
}
