package org.interdict.server.auth;

import java.time.Clock;
import java.util.Optional;
import org.interdict.server.audit.Auditor;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.sessions.SessionRepository;
import org.interdict.store.users.User;
import org.jdbi.v3.core.Handle;

/**
 * Creates and revokes API keys; makes the {@code initial-admin} key (and its user) when the
 * database has none. Every key belongs to a user: the one named, or else the user called like the
 * key (created when missing), which is how keys made before users existed were migrated (V58).
 * Thread-safe.
 */
public final class KeyService {
  public static final String INITIAL_ADMIN = "initial-admin";
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final ApiKeyRepository keys = new ApiKeyRepository();
  private final SessionRepository sessions = new SessionRepository();
  private final KeyCache cache = new KeyCache();
  private final UserService users;

  public KeyService(Database db, Clock clock, Auditor auditor) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.users = new UserService(db, clock, auditor, cache);
  }

  /** Users: created, disabled, signed in by single sign-on; shares this service's key cache. */
  public UserService users() {
    return users;
  }

  /** A key made now: the stored record and the plain key, which exists only in this value. */
  public record CreatedKey(ApiKey key, String plainKey) {}

  /** The {@code initial-admin} key when no key exists yet (first start), else empty. */
  public Optional<CreatedKey> createInitialAdminIfEmpty() {
    return db.inTransaction(
        h -> {
          if (keys.count(h) > 0) {
            return Optional.empty();
          }
          User owner = users.ownerNamedLike(h, INITIAL_ADMIN, "server");
          CreatedKey created = insert(h, owner, INITIAL_ADMIN, Role.ADMIN, "server");
          auditor.record(
              h,
              "server",
              Role.ADMIN.id(),
              "key-created",
              "api-key",
              created.key().id(),
              "name=" + INITIAL_ADMIN + " role=admin (first start)");
          return Optional.of(created);
        });
  }

  /**
   * A key for the user {@code userId}, or when empty for the user named like the key.
   *
   * @throws UnknownUserException when {@code userId} names no enabled user
   */
  public CreatedKey create(Principal by, String name, Role role, Optional<String> userId) {
    return db.inTransaction(
        h -> {
          User owner =
              userId.isPresent()
                  ? users.enabled(h, userId.get())
                  : users.ownerNamedLike(h, name, by.userName());
          CreatedKey created = insert(h, owner, name, role, by.userName());
          auditor.record(
              h,
              by,
              "key-created",
              "api-key",
              created.key().id(),
              "name=" + name + " role=" + role.id() + " user=" + owner.name());
          return created;
        });
  }

  /** Revokes a key and ends its sessions; false when no active key has that id. */
  public boolean revoke(Principal by, String id) {
    boolean revoked =
        db.inTransaction(
            h -> {
              if (!keys.revoke(h, id, clock.instant())) {
                return false;
              }
              int ended = sessions.endAllOfKey(h, id, clock.instant());
              auditor.record(h, by, "key-revoked", "api-key", id, "sessions ended=" + ended);
              return true;
            });
    if (revoked) {
      cache.forgetKeyId(id);
    }
    return revoked;
  }

  /** The authenticated-key cache this service keeps true on revocation. */
  KeyCache cache() {
    return cache;
  }

  private CreatedKey insert(Handle h, User owner, String name, Role role, String createdBy) {
    String plain = Secrets.apiKey();
    ApiKey key =
        new ApiKey(
            Ids.next("k"),
            owner.id(),
            name,
            role.id(),
            clock.instant(),
            createdBy,
            Optional.empty());
    keys.insert(h, key, plain);
    return new CreatedKey(key, plain);
  }
}
