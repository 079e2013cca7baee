package org.interdict.store.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes {@code api_keys}. Keys are looked up by their SHA-256 hash. Stateless and
 * thread-safe.
 */
public final class ApiKeyRepository {
  private static final String COLUMNS =
      "id, user_id, name, role, created_at, created_by, revoked_at";

  /** Lower-case hex SHA-256 of the UTF-8 text: what is stored for a key or a session token. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public void insert(Handle h, ApiKey key, String plainKey) {
    h.createUpdate(
            "INSERT INTO api_keys (id, user_id, name, role, key_hash, created_at, created_by, "
                + "revoked_at) VALUES (:id, :user, :name, :role, :hash, :at, :by, NULL)")
        .bind("id", key.id())
        .bind("user", key.userId())
        .bind("name", key.name())
        .bind("role", key.role())
        .bind("hash", sha256(plainKey))
        .bind("at", key.createdAt().toEpochMilli())
        .bind("by", key.createdBy())
        .execute();
  }

  public long count(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM api_keys").mapTo(Long.class).one();
  }

  /** The active key whose hash matches {@code plainKey}. */
  public Optional<ApiKey> findActiveByKey(Handle h, String plainKey) {
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash AND revoked_at IS NULL")
        .bind("hash", sha256(plainKey))
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  public Optional<ApiKey> find(Handle h, String id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  public List<ApiKey> all(Handle h) {
    return h.createQuery("SELECT " + COLUMNS + " FROM api_keys ORDER BY created_at, id")
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** The keys of one user, oldest first. */
  public List<ApiKey> ofUser(Handle h, String userId) {
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM api_keys WHERE user_id = :user ORDER BY created_at, id")
        .bind("user", userId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** Marks the key revoked; false when it does not exist or was already revoked. */
  public boolean revoke(Handle h, String id, Instant at) {
    return h.createUpdate(
                "UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
            .bind("at", at.toEpochMilli())
            .bind("id", id)
            .execute()
        == 1;
  }

  private static ApiKey map(ResultSet rs) throws SQLException {
    return new ApiKey(
        rs.getString("id"),
        rs.getString("user_id"),
        rs.getString("name"),
        rs.getString("role"),
        Rows.requiredInstant(rs, "created_at"),
        rs.getString("created_by"),
        Rows.instant(rs, "revoked_at"));
  }
}
