package org.interdict.store.sessions;

import java.time.Instant;
import java.util.Objects;

/** A live or ended dashboard session of one API key. */
public record Session(
    String tokenHash, String keyId, String csrfToken, Instant createdAt, Instant expiresAt) {
  public Session {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
