package org.interdict.server.auth;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.interdict.store.sessions.Session;

/** The caller of a request: the key's id, name and role, and the session when it came by cookie. */
public record Principal(String keyId, String keyName, Role role, Optional<Session> session) {
  private static final String ATTRIBUTE = "interdict.principal";

  public Principal {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(role, "role");
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

  void attach(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }
}
