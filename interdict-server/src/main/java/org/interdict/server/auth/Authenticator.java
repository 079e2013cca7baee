package org.interdict.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.interdict.server.http.ApiProblem;
import org.interdict.store.Database;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.sessions.Session;
import org.interdict.store.sessions.SessionRepository;
import org.interdict.store.users.User;
import org.interdict.store.users.UserRepository;
import org.jdbi.v3.core.Handle;

/**
 * Runs before every matched route that names a role: finds the caller by {@code Authorization:
 * Bearer}, {@code X-Api-Key} or the session cookie (a key session or a single sign-on one), refuses
 * revoked keys and disabled users, checks the CSRF header on state-changing calls made by cookie,
 * and checks the role. Routes without a role are public. Thread-safe.
 */
public final class Authenticator {
  public static final String COOKIE = "interdict_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<HandlerType> STATE_CHANGING =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
  private final Database db;
  private final Clock clock;
  private final ApiKeyRepository keys = new ApiKeyRepository();
  private final SessionRepository sessions = new SessionRepository();
  private final UserRepository users = new UserRepository();
  private final KeyCache cache;

  public Authenticator(Database db, Clock clock, KeyService keyService) {
    this.db = db;
    this.clock = clock;
    this.cache = keyService.cache();
  }

  public void handle(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.isEmpty()) {
      return;
    }
    Role required = roles.stream().map(Role.class::cast).min(Enum::compareTo).orElseThrow();
    Principal principal = identify(ctx);
    if (principal.session().isPresent() && STATE_CHANGING.contains(ctx.method())) {
      String sent = ctx.header(CSRF_HEADER);
      if (sent == null || !constantTimeEquals(sent, principal.session().get().csrfToken())) {
        throw new ApiProblem(
            403,
            "csrf-token-missing",
            "CSRF token missing",
            "a state-changing request authenticated by the session cookie must send header "
                + CSRF_HEADER
                + " with the session's csrfToken");
      }
    }
    if (!principal.role().includes(required)) {
      throw ApiProblem.forbidden(
          "this operation needs role '"
              + required.id()
              + "'; user '"
              + principal.userName()
              + "' ("
              + principal.credential()
              + ") has role '"
              + principal.role().id()
              + "'");
    }
    principal.attach(ctx);
  }

  private Principal identify(Context ctx) {
    Optional<String> key = presentedKey(ctx);
    if (key.isPresent()) {
      String hash = ApiKeyRepository.sha256(key.get());
      Optional<Principal> cached = cache.get(hash);
      if (cached.isPresent()) {
        return cached.get();
      }
      Principal found =
          db.jdbi()
              .withHandle(h -> keys.findActiveByKey(h, key.get()).flatMap(k -> ofKey(h, k, users)))
              .orElseThrow(
                  () ->
                      ApiProblem.unauthorized(
                          "the API key is unknown or revoked, or its user is disabled"));
      cache.put(hash, found);
      return found;
    }
    String token = ctx.cookie(COOKIE);
    if (token != null && !token.isBlank()) {
      return db.jdbi()
          .withHandle(
              h ->
                  sessions
                      .findLive(h, ApiKeyRepository.sha256(token), clock.instant())
                      .flatMap(s -> ofSession(h, s)))
          .orElseThrow(
              () -> ApiProblem.unauthorized("the session has ended or expired; sign in again"));
    }
    throw ApiProblem.unauthorized(
        "send an API key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>', "
            + "or sign in through POST /api/v1/session");
  }

  /** The caller of an active key, when its user is enabled. */
  static Optional<Principal> ofKey(Handle h, ApiKey key, UserRepository users) {
    Role role =
        Role.fromId(key.role())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "stored key " + key.id() + " has unknown role " + key.role()));
    return users
        .find(h, key.userId())
        .filter(User::active)
        .map(u -> new Principal(u.id(), u.name(), role, Optional.of(key), Optional.empty()));
  }

  /** The caller of a live session, when its user is enabled and its key (if any) not revoked. */
  private Optional<Principal> ofSession(Handle h, Session session) {
    Optional<ApiKey> key = Optional.empty();
    if (session.keyId().isPresent()) {
      key = keys.find(h, session.keyId().get()).filter(ApiKey::active);
      if (key.isEmpty()) {
        return Optional.empty();
      }
    }
    Role role =
        Role.fromId(session.role())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "a stored session has unknown role " + session.role()));
    Optional<ApiKey> signedInWith = key;
    return users
        .find(h, session.userId())
        .filter(User::active)
        .map(u -> new Principal(u.id(), u.name(), role, signedInWith, Optional.of(session)));
  }

  /**
   * The key from {@code Authorization: Bearer}, {@code Authorization: ApiKey} or {@code X-Api-Key},
   * when sent.
   */
  static Optional<String> presentedKey(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      // yente clients send 'ApiKey <key>'; both schemes carry the same keys
      if (authorization.regionMatches(true, 0, "ApiKey ", 0, 7)) {
        return Optional.of(authorization.substring(7).strip());
      }
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw ApiProblem.unauthorized(
            "the Authorization header must be 'Bearer <key>' or 'ApiKey <key>'");
      }
      return Optional.of(authorization.substring(7).strip());
    }
    String header = ctx.header("X-Api-Key");
    return header == null ? Optional.empty() : Optional.of(header.strip());
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
