package org.interdict.store.sessions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A live or ended dashboard session of one user, with the role it was granted: the role of the key
 * it signed in with, or the role mapped from the groups of a single sign-on (then there is no key).
 */
public record Session(
    String tokenHash,
    String userId,
    Optional<String> keyId,
    String role,
    String csrfToken,
    Instant createdAt,
    Instant expiresAt) {
  public Session {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
