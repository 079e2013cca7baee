package org.interdict.server.auth;

import java.time.Clock;
import java.util.Optional;
import org.interdict.server.audit.Auditor;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.sessions.SessionRepository;
import org.jdbi.v3.core.Handle;

/**
 * Creates and revokes API keys; makes the {@code initial-admin} key when the database has none.
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

  public KeyService(Database db, Clock clock, Auditor auditor) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
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
          CreatedKey created = insert(h, INITIAL_ADMIN, Role.ADMIN, "server");
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

  public CreatedKey create(Principal by, String name, Role role) {
    return db.inTransaction(
        h -> {
          CreatedKey created = insert(h, name, role, by.keyName());
          auditor.record(
              h,
              by,
              "key-created",
              "api-key",
              created.key().id(),
              "name=" + name + " role=" + role.id());
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

  private CreatedKey insert(Handle h, String name, Role role, String createdBy) {
    String plain = Secrets.apiKey();
    ApiKey key =
        new ApiKey(Ids.next("k"), name, role.id(), clock.instant(), createdBy, Optional.empty());
    keys.insert(h, key, plain);
    return new CreatedKey(key, plain);
  }
}
