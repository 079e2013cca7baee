package org.interdict.store.users;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored user: {@code name} is what the audit log and decisions show; {@code source} is {@code
 * local} (made by an admin, or migrated from a key) or {@code oidc} (made at a first sign-in, known
 * by issuer and subject).
 */
public record User(
    String id,
    String name,
    String displayName,
    String email,
    String source,
    Optional<OidcIdentity> oidc,
    Instant createdAt,
    String createdBy,
    Optional<Instant> disabledAt,
    Optional<Instant> lastSignInAt) {
  public static final String LOCAL = "local";
  public static final String OIDC = "oidc";

  /** Who the user is at an OpenID provider: the ID token's {@code iss} and {@code sub}. */
  public record OidcIdentity(String issuer, String subject) {
    public OidcIdentity {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(subject, "subject");
    }
  }

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(oidc, "oidc");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(disabledAt, "disabledAt");
    Objects.requireNonNull(lastSignInAt, "lastSignInAt");
  }

  public boolean active() {
    return disabledAt.isEmpty();
  }
}
