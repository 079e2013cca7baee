package org.interdict.server.auth;

import java.time.Clock;
import java.util.Optional;
import org.interdict.server.audit.Auditor;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.sessions.SessionRepository;
import org.interdict.store.users.User;
import org.interdict.store.users.UserRepository;
import org.jdbi.v3.core.Handle;

/**
 * Creates, disables and re-enables users, and finds or creates the user of a single sign-on. A
 * disabled user's keys stop working and its sessions end at once. Thread-safe.
 */
public final class UserService {
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final KeyCache cache;
  private final UserRepository users = new UserRepository();
  private final SessionRepository sessions = new SessionRepository();

  UserService(Database db, Clock clock, Auditor auditor, KeyCache cache) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.cache = cache;
  }

  /** A local user, or empty when the name is taken. */
  public Optional<User> create(Principal by, String name, String displayName) {
    return db.inTransaction(
        h -> {
          if (users.findByName(h, name).isPresent()) {
            return Optional.empty();
          }
          User user = insertLocal(h, name, displayName, by.userName());
          auditor.record(h, by, "user-created", "user", user.id(), "source=local");
          return Optional.of(user);
        });
  }

  /** Disables an enabled user and ends its sessions; false when no enabled user has that id. */
  public boolean disable(Principal by, String id) {
    boolean disabled =
        db.inTransaction(
            h -> {
              if (!users.disable(h, id, clock.instant())) {
                return false;
              }
              int ended = sessions.endAllOfUser(h, id, clock.instant());
              auditor.record(h, by, "user-disabled", "user", id, "sessions ended=" + ended);
              return true;
            });
    if (disabled) {
      cache.forgetUserId(id);
    }
    return disabled;
  }

  /** Re-enables a disabled user (its unrevoked keys work again); false when none has that id. */
  public boolean enable(Principal by, String id) {
    return db.inTransaction(
        h -> {
          if (!users.enable(h, id)) {
            return false;
          }
          auditor.record(h, by, "user-enabled", "user", id, "");
          return true;
        });
  }

  /**
   * The user an OpenID provider vouched for, created at its first sign-in; empty when that user is
   * disabled. Its display name and e-mail are refreshed from the ID token on every sign-in.
   */
  public Optional<User> signedIn(
      Handle h,
      User.OidcIdentity identity,
      String preferredName,
      String displayName,
      String email) {
    Optional<User> known = users.findByOidc(h, identity);
    if (known.isPresent() && !known.get().active()) {
      return Optional.empty();
    }
    User user = known.orElseGet(() -> insertOidc(h, identity, preferredName, displayName, email));
    users.signedIn(h, user.id(), displayName, email, clock.instant());
    return users.find(h, user.id());
  }

  /** The enabled user with this id. */
  User enabled(Handle h, String id) {
    return users.find(h, id).filter(User::active).orElseThrow(() -> new UnknownUserException(id));
  }

  /** The user called {@code name}, created as a local user when there is none. */
  User ownerNamedLike(Handle h, String name, String createdBy) {
    return users.findByName(h, name).orElseGet(() -> insertLocal(h, name, "", createdBy));
  }

  private User insertLocal(Handle h, String name, String displayName, String createdBy) {
    User user =
        new User(
            Ids.next("u"),
            name,
            displayName,
            "",
            User.LOCAL,
            Optional.empty(),
            clock.instant(),
            createdBy,
            Optional.empty(),
            Optional.empty());
    users.insert(h, user);
    return user;
  }

  private User insertOidc(
      Handle h,
      User.OidcIdentity identity,
      String preferredName,
      String displayName,
      String email) {
    // a local user or another provider's subject may hold the name: keep both, told apart by a
    // suffix derived from this subject (stable, so the same person gets the same name everywhere)
    String name = preferredName;
    if (users.findByName(h, name).isPresent()) {
      name =
          preferredName
              + "~"
              + ApiKeyRepository.sha256(identity.issuer() + " " + identity.subject())
                  .substring(0, 8);
    }
    User user =
        new User(
            Ids.next("u"),
            name,
            displayName,
            email,
            User.OIDC,
            Optional.of(identity),
            clock.instant(),
            "single sign-on",
            Optional.empty(),
            Optional.empty());
    users.insert(h, user);
    auditor.record(
        h,
        user.name(),
        "-",
        "user-created",
        "user",
        user.id(),
        "source=oidc issuer=" + identity.issuer());
    return user;
  }
}
