package org.interdict.server.auth;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.sessions.Session;
import org.interdict.store.sessions.SessionRepository;
import org.jdbi.v3.core.Handle;

/**
 * Opens dashboard sessions (by key or by single sign-on) and writes their cookie: HttpOnly, Secure
 * when the browser came over TLS, SameSite as the sign-in needs. Sessions last {@link #LIFETIME}.
 */
public final class Sessions {
  public static final Duration LIFETIME = Duration.ofHours(12);
  private final SessionRepository sessions = new SessionRepository();
  private final Clock clock;

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  /** A session opened now: the cookie token (never stored) and the CSRF token. */
  public record Opened(String token, String csrfToken) {}

  /** Opens a session of {@code userId} with {@code role}, signed in with {@code key} if any. */
  public Opened open(Handle h, String userId, Optional<ApiKey> key, Role role) {
    String token = Secrets.token();
    String csrf = Secrets.token();
    Instant now = clock.instant();
    sessions.insert(
        h,
        new Session(
            ApiKeyRepository.sha256(token),
            userId,
            key.map(ApiKey::id),
            role.id(),
            csrf,
            now,
            now.plus(LIFETIME)));
    return new Opened(token, csrf);
  }

  /**
   * Sets the session cookie. {@code Strict} for a key sign-in (a same-site form post); {@code Lax}
   * for single sign-on, whose last step is a top-level navigation coming back from the provider.
   */
  public static void setCookie(Context ctx, String token, String sameSite) {
    ctx.header(
        "Set-Cookie",
        Authenticator.COOKIE
            + "="
            + token
            + "; Path=/; Max-Age="
            + LIFETIME.toSeconds()
            + "; HttpOnly; SameSite="
            + sameSite
            + (secure(ctx) ? "; Secure" : ""));
  }

  /** Whether the browser reached us over TLS, directly or through a proxy that says so. */
  public static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
