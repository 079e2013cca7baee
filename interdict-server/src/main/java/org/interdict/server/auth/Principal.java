package org.interdict.server.auth;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.sessions.Session;

/**
 * The caller of a request: the user (whose name the audit log and decisions carry), the role
 * granted, the key when one was presented or signed in with, and the session when it came by
 * cookie.
 */
public record Principal(
    String userId, String userName, Role role, Optional<ApiKey> key, Optional<Session> session) {
  private static final String ATTRIBUTE = "interdict.principal";

  public Principal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(session, "session");
  }

  /** The principal the authenticator attached to this request. */
  public static Principal of(Context ctx) {
    Principal principal = ctx.attribute(ATTRIBUTE);
    if (principal == null) {
      throw new IllegalStateException(
          "no principal on " + ctx.path() + ": route registered without a role");
    }
    return principal;
  }

  /** The same caller, now known to have come with this session cookie. */
  Principal withSession(Session live) {
    return new Principal(userId, userName, role, key, Optional.of(live));
  }

  /** How the caller proved who it is, for messages: "key 'ci'" or "single sign-on". */
  String credential() {
    return key.map(k -> "key '" + k.name() + "'").orElse("single sign-on");
  }

  void attach(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }
}
