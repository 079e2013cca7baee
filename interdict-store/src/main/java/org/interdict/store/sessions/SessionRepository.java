package org.interdict.store.sessions;

import java.time.Instant;
import java.util.Optional;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code sessions}. Stateless and thread-safe. */
public final class SessionRepository {
  public void insert(Handle h, Session session) {
    h.createUpdate(
            "INSERT INTO sessions (token_hash, user_id, key_id, role, csrf_token, created_at, "
                + "expires_at, ended_at) VALUES (:hash, :user, :key, :role, :csrf, :created, "
                + ":expires, NULL)")
        .bind("hash", session.tokenHash())
        .bind("user", session.userId())
        .bind("key", session.keyId().orElse(null))
        .bind("role", session.role())
        .bind("csrf", session.csrfToken())
        .bind("created", session.createdAt().toEpochMilli())
        .bind("expires", session.expiresAt().toEpochMilli())
        .execute();
  }

  /** The session with this token hash that has not ended and not expired at {@code now}. */
  public Optional<Session> findLive(Handle h, String tokenHash, Instant now) {
    return h.createQuery(
            "SELECT token_hash, user_id, key_id, role, csrf_token, created_at, expires_at "
                + "FROM sessions WHERE token_hash = :hash AND ended_at IS NULL AND expires_at > :now")
        .bind("hash", tokenHash)
        .bind("now", now.toEpochMilli())
        .map(
            (rs, ctx) ->
                new Session(
                    rs.getString("token_hash"),
                    rs.getString("user_id"),
                    Rows.text(rs, "key_id"),
                    rs.getString("role"),
                    rs.getString("csrf_token"),
                    Rows.requiredInstant(rs, "created_at"),
                    Rows.requiredInstant(rs, "expires_at")))
        .findOne();
  }

  public boolean end(Handle h, String tokenHash, Instant at) {
    return h.createUpdate(
                "UPDATE sessions SET ended_at = :at WHERE token_hash = :hash AND ended_at IS NULL")
            .bind("at", at.toEpochMilli())
            .bind("hash", tokenHash)
            .execute()
        == 1;
  }

  /** Ends every session of a key (when the key is revoked). */
  public int endAllOfKey(Handle h, String keyId, Instant at) {
    return h.createUpdate(
            "UPDATE sessions SET ended_at = :at WHERE key_id = :key AND ended_at IS NULL")
        .bind("at", at.toEpochMilli())
        .bind("key", keyId)
        .execute();
  }

  /** Ends every session of a user (when the user is disabled). */
  public int endAllOfUser(Handle h, String userId, Instant at) {
    return h.createUpdate(
            "UPDATE sessions SET ended_at = :at WHERE user_id = :user AND ended_at IS NULL")
        .bind("at", at.toEpochMilli())
        .bind("user", userId)
        .execute();
  }
}
