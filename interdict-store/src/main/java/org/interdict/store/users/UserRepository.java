package org.interdict.store.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code users}. Stateless and thread-safe. */
public final class UserRepository {
  private static final String COLUMNS =
      "id, name, display_name, email, source, oidc_issuer, oidc_subject, created_at, created_by, "
          + "disabled_at, last_sign_in_at";

  public void insert(Handle h, User user) {
    h.createUpdate(
            "INSERT INTO users ("
                + COLUMNS
                + ") VALUES (:id, :name, :display, :email, :source, :issuer, :subject, :created, :by, "
                + ":disabled, :signIn)")
        .bind("id", user.id())
        .bind("name", user.name())
        .bind("display", user.displayName())
        .bind("email", user.email())
        .bind("source", user.source())
        .bind("issuer", user.oidc().map(User.OidcIdentity::issuer).orElse(null))
        .bind("subject", user.oidc().map(User.OidcIdentity::subject).orElse(null))
        .bind("created", user.createdAt().toEpochMilli())
        .bind("by", user.createdBy())
        .bind("disabled", Rows.millis(user.disabledAt()))
        .bind("signIn", Rows.millis(user.lastSignInAt()))
        .execute();
  }

  public Optional<User> find(Handle h, String id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  public Optional<User> findByName(Handle h, String name) {
    return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE name = :name")
        .bind("name", name)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  public Optional<User> findByOidc(Handle h, User.OidcIdentity identity) {
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM users WHERE oidc_issuer = :issuer AND oidc_subject = :sub")
        .bind("issuer", identity.issuer())
        .bind("sub", identity.subject())
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  public List<User> all(Handle h) {
    return h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY created_at, id")
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** Marks the user disabled; false when no enabled user has that id. */
  public boolean disable(Handle h, String id, Instant at) {
    return h.createUpdate(
                "UPDATE users SET disabled_at = :at WHERE id = :id AND disabled_at IS NULL")
            .bind("at", at.toEpochMilli())
            .bind("id", id)
            .execute()
        == 1;
  }

  /** Re-enables a disabled user; false when no disabled user has that id. */
  public boolean enable(Handle h, String id) {
    return h.createUpdate(
                "UPDATE users SET disabled_at = NULL WHERE id = :id AND disabled_at IS NOT NULL")
            .bind("id", id)
            .execute()
        == 1;
  }

  /** Records a sign-in and the names the provider sent with it. */
  public void signedIn(Handle h, String id, String displayName, String email, Instant at) {
    h.createUpdate(
            "UPDATE users SET last_sign_in_at = :at, display_name = :display, email = :email "
                + "WHERE id = :id")
        .bind("at", at.toEpochMilli())
        .bind("display", displayName)
        .bind("email", email)
        .bind("id", id)
        .execute();
  }

  private static User map(ResultSet rs) throws SQLException {
    String issuer = rs.getString("oidc_issuer");
    String subject = rs.getString("oidc_subject");
    return new User(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("source"),
        issuer == null || subject == null
            ? Optional.empty()
            : Optional.of(new User.OidcIdentity(issuer, subject)),
        Rows.requiredInstant(rs, "created_at"),
        rs.getString("created_by"),
        Rows.instant(rs, "disabled_at"),
        Rows.instant(rs, "last_sign_in_at"));
  }
}
