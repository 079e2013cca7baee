package org.interdict.server.auth;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.interdict.server.audit.Auditor;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.store.Database;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.sessions.Session;
import org.interdict.store.sessions.SessionRepository;
import org.interdict.store.users.UserRepository;

/**
 * {@code /api/v1/session}: a dashboard signs in with a key and gets an HttpOnly, SameSite=Strict
 * cookie plus a CSRF token to send on every state-changing call (single sign-on opens the same kind
 * of session, see {@code OidcApi}); shows and ends the session of either kind. Sessions last {@link
 * #LIFETIME}.
 */
public final class SessionApi {
  public static final Duration LIFETIME = Sessions.LIFETIME;
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final JsonBodies bodies;
  private final ApiKeyRepository keys = new ApiKeyRepository();
  private final SessionRepository sessions = new SessionRepository();
  private final UserRepository users = new UserRepository();
  private final Sessions opener;

  public SessionApi(Database db, Clock clock, Auditor auditor, JsonBodies bodies) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.bodies = bodies;
    this.opener = new Sessions(clock);
  }

  public void register(Routes routes) {
    routes
        .post("/api/v1/session", this::create)
        .get("/api/v1/session", this::show, Role.VIEWER)
        .delete("/api/v1/session", this::end, Role.VIEWER);
  }

  record SignIn(String apiKey) {}

  /**
   * What the dashboard shows: the user, the role, how the session was opened ({@code api-key} with
   * the key's name, or {@code oidc}) and the CSRF token.
   */
  record SessionBody(
      String userId,
      String userName,
      String role,
      String signedInWith,
      String keyName,
      String csrfToken) {
    static SessionBody of(Principal p, String csrf) {
      return new SessionBody(
          p.userId(),
          p.userName(),
          p.role().id(),
          p.key().isPresent() ? "api-key" : "oidc",
          p.key().map(ApiKey::name).orElse(null),
          csrf);
    }
  }

  private void create(Context ctx) {
    Params.of(ctx, Set.of());
    SignIn request = bodies.read(ctx, SignIn.class);
    if (request.apiKey() == null || request.apiKey().isBlank()) {
      throw ApiProblem.invalidParameter("'apiKey' is required");
    }
    SignedIn signedIn =
        db.inTransaction(
            h -> {
              Optional<Principal> found =
                  keys.findActiveByKey(h, request.apiKey().strip())
                      .flatMap(k -> Authenticator.ofKey(h, k, users));
              if (found.isEmpty()) {
                return null;
              }
              Principal caller = found.get();
              Sessions.Opened opened = opener.open(h, caller.userId(), caller.key(), caller.role());
              auditor.record(
                  h, caller, "session-created", "api-key", caller.key().orElseThrow().id(), "");
              return new SignedIn(caller, opened);
            });
    if (signedIn == null) {
      throw ApiProblem.unauthorized("the API key is unknown or revoked, or its user is disabled");
    }
    Sessions.setCookie(ctx, signedIn.opened().token(), "Strict");
    ctx.status(201).json(SessionBody.of(signedIn.caller(), signedIn.opened().csrfToken()));
  }

  private record SignedIn(Principal caller, Sessions.Opened opened) {}

  private void show(Context ctx) {
    Params.of(ctx, Set.of());
    Principal principal = Principal.of(ctx);
    Session session =
        principal
            .session()
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "this request carries no session cookie; it used an API key header"));
    ctx.json(SessionBody.of(principal, session.csrfToken()));
  }

  private void end(Context ctx) {
    Params.of(ctx, Set.of());
    Principal principal = Principal.of(ctx);
    Session session =
        principal
            .session()
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "this request carries no session cookie; it used an API key header"));
    db.useTransaction(
        h -> {
          sessions.end(h, session.tokenHash(), clock.instant());
          auditor.record(
              h,
              principal,
              "session-ended",
              principal.key().isPresent() ? "api-key" : "user",
              principal.key().map(ApiKey::id).orElse(principal.userId()),
              "");
        });
    ctx.header("Set-Cookie", Authenticator.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    ctx.status(204);
  }
}
