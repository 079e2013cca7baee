package org.interdict.server.auth;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/**
 * {@code /api/v1/session}: a dashboard signs in with a key and gets an HttpOnly, SameSite=Strict
 * cookie plus a CSRF token to send on every state-changing call. Sessions last {@link #LIFETIME}.
 */
public final class SessionApi {
  public static final Duration LIFETIME = Duration.ofHours(12);
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final JsonBodies bodies;
  private final ApiKeyRepository keys = new ApiKeyRepository();
  private final SessionRepository sessions = new SessionRepository();

  public SessionApi(Database db, Clock clock, Auditor auditor, JsonBodies bodies) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .post("/api/v1/session", this::create)
        .get("/api/v1/session", this::show, Role.VIEWER)
        .delete("/api/v1/session", this::end, Role.VIEWER);
  }

  record SignIn(String apiKey) {}

  record SessionBody(String keyName, String role, String csrfToken) {}

  private void create(Context ctx) {
    Params.of(ctx, Set.of());
    SignIn request = bodies.read(ctx, SignIn.class);
    if (request.apiKey() == null || request.apiKey().isBlank()) {
      throw ApiProblem.invalidParameter("'apiKey' is required");
    }
    String token = Secrets.token();
    String csrf = Secrets.token();
    Instant now = clock.instant();
    ApiKey key =
        db.inTransaction(
            h -> {
              Optional<ApiKey> found = keys.findActiveByKey(h, request.apiKey().strip());
              if (found.isEmpty()) {
                return null;
              }
              sessions.insert(
                  h,
                  new Session(
                      ApiKeyRepository.sha256(token),
                      found.get().id(),
                      csrf,
                      now,
                      now.plus(LIFETIME)));
              auditor.record(
                  h,
                  found.get().name(),
                  found.get().role(),
                  "session-created",
                  "api-key",
                  found.get().id(),
                  "");
              return found.get();
            });
    if (key == null) {
      throw ApiProblem.unauthorized("the API key is unknown or revoked");
    }
    ctx.header(
        "Set-Cookie",
        Authenticator.COOKIE
            + "="
            + token
            + "; Path=/; Max-Age="
            + LIFETIME.toSeconds()
            + "; HttpOnly; SameSite=Strict"
            + (secure(ctx) ? "; Secure" : ""));
    ctx.status(201).json(new SessionBody(key.name(), key.role(), csrf));
  }

  /** Whether the browser reached us over TLS, directly or through a proxy that says so. */
  private static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

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
    ctx.json(new SessionBody(principal.keyName(), principal.role().id(), session.csrfToken()));
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
          auditor.record(h, principal, "session-ended", "api-key", principal.keyId(), "");
        });
    ctx.header(
        "Set-Cookie", Authenticator.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    ctx.status(204);
  }
}
