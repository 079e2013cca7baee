package org.interdict.server.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Role;
import org.interdict.server.auth.Sessions;
import org.interdict.server.auth.UserService;
import org.interdict.server.http.Routes;
import org.interdict.store.Database;
import org.interdict.store.users.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single sign-on: {@code GET /auth/oidc/login} sends the browser to the provider with a fresh
 * state, nonce and PKCE S256 challenge; {@code GET /auth/oidc/callback} checks the state against
 * the flow cookie, redeems the code with the verifier, verifies the ID token, maps its groups to a
 * role (none mapped: refused), finds or creates the user and opens a dashboard session. {@code GET
 * /api/v1/sso} tells the dashboard whether to offer the button. Thread-safe.
 */
public final class OidcApi {
  static final String FLOW_COOKIE = "interdict_oidc_flow";
  static final String CALLBACK = "/auth/oidc/callback";
  private static final Logger LOG = LoggerFactory.getLogger(OidcApi.class);
  private final Optional<OidcSettings> settings;
  private final Database db;
  private final Auditor auditor;
  private final UserService users;
  private final Sessions sessions;
  private final PendingSignIns pending;
  private final Clock clock;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private volatile Discovered discovered;

  private record Discovered(OidcProvider provider, IdTokenVerifier verifier) {}

  public OidcApi(
      Optional<OidcSettings> settings,
      Database db,
      Clock clock,
      Auditor auditor,
      UserService users,
      ObjectMapper json) {
    this.settings = settings;
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.users = users;
    this.json = json;
    this.sessions = new Sessions(clock);
    this.pending = new PendingSignIns(clock);
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/sso", this::describe)
        .get("/auth/oidc/login", this::login)
        .get(CALLBACK, this::callback);
  }

  private boolean notConfigured(Context ctx) {
    if (settings.isEmpty()) {
      ErrorPage.show(
          ctx,
          404,
          "single sign-on is not configured on this server (interdict serve --oidc-issuer)");
      return true;
    }
    return false;
  }

  record Description(boolean enabled, String loginUrl, String issuer) {}

  private void describe(Context ctx) {
    ctx.json(
        settings
            .map(s -> new Description(true, "/auth/oidc/login", s.issuer().toString()))
            .orElse(new Description(false, null, null)));
  }

  private void login(Context ctx) {
    if (notConfigured(ctx)) {
      return;
    }
    OidcSettings config = settings.orElseThrow();
    Discovered provider;
    try {
      provider = discovered();
    } catch (IllegalStateException e) {
      LOG.warn("Single sign-on unavailable: {}", e.getMessage());
      ErrorPage.show(ctx, 502, "the identity provider cannot be reached: " + e.getMessage());
      return;
    }
    String redirectUri = redirectUri(ctx, config);
    PendingSignIns.Pending flow = pending.start(redirectUri);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", config.clientId());
    query.put("redirect_uri", redirectUri);
    query.put("scope", "openid profile email");
    query.put("state", flow.state());
    query.put("nonce", flow.nonce());
    query.put("code_challenge", flow.codeChallenge());
    query.put("code_challenge_method", "S256");
    String authorize = provider.provider().authorizationEndpoint().toString();
    ctx.header(
        "Set-Cookie",
        FLOW_COOKIE
            + "="
            + flow.id()
            + "; Path=/auth/oidc; Max-Age="
            + PendingSignIns.LIFETIME.toSeconds()
            + "; HttpOnly; SameSite=Lax"
            + (Sessions.secure(ctx) ? "; Secure" : ""));
    ctx.redirect(
        authorize + (authorize.contains("?") ? "&" : "?") + form(query),
        io.javalin.http.HttpStatus.FOUND);
  }

  private void callback(Context ctx) {
    if (notConfigured(ctx)) {
      return;
    }
    try {
      signIn(ctx);
    } catch (OidcException e) {
      LOG.info("Single sign-on refused: {}", e.getMessage());
      ErrorPage.show(ctx, e.status(), e.getMessage());
    }
  }

  private void signIn(Context ctx) {
    OidcSettings config = settings.orElseThrow();
    String flowId = ctx.cookie(FLOW_COOKIE);
    ctx.header("Set-Cookie", FLOW_COOKIE + "=; Path=/auth/oidc; Max-Age=0; HttpOnly; SameSite=Lax");
    if (ctx.queryParam("error") != null) {
      throw new OidcException(
          401,
          "the identity provider refused the sign-in: "
              + ctx.queryParam("error")
              + Optional.ofNullable(ctx.queryParam("error_description"))
                  .map(d -> " (" + d + ")")
                  .orElse(""));
    }
    PendingSignIns.Pending flow =
        Optional.ofNullable(flowId)
            .flatMap(pending::take)
            .orElseThrow(
                () ->
                    new OidcException(
                        400,
                        "this sign-in was not started here, was already used or took longer than "
                            + PendingSignIns.LIFETIME.toMinutes()
                            + " minutes; start again"));
    String state = ctx.queryParam("state");
    if (state == null
        || !java.security.MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8),
            flow.state().getBytes(StandardCharsets.UTF_8))) {
      throw new OidcException(
          400, "the state sent back does not match this sign-in's; start again");
    }
    String code = ctx.queryParam("code");
    if (code == null || code.isBlank()) {
      throw new OidcException(400, "the identity provider sent back no authorization code");
    }
    Discovered provider;
    try {
      provider = discovered();
    } catch (IllegalStateException e) {
      throw new OidcException(502, "the identity provider cannot be reached: " + e.getMessage(), e);
    }
    String idToken = redeem(provider.provider(), config, code, flow);
    JWTClaimsSet claims = provider.verifier().verify(idToken, flow.nonce());
    List<String> groups = groups(claims, config.groupsClaim());
    Optional<Role> role =
        groups.stream()
            .map(config.roleByGroup()::get)
            .filter(java.util.Objects::nonNull)
            .max(Enum::compareTo);
    User.OidcIdentity identity = new User.OidcIdentity(claims.getIssuer(), claims.getSubject());
    String preferred = firstText(claims, "preferred_username", "email", "sub");
    if (role.isEmpty()) {
      db.useTransaction(
          h ->
              auditor.record(
                  h,
                  preferred,
                  "-",
                  "sign-in-refused",
                  "oidc-subject",
                  claims.getSubject(),
                  "no mapped group in claim " + config.groupsClaim()));
      throw new OidcException(
          403,
          "you signed in at the identity provider, but none of your groups in claim '"
              + config.groupsClaim()
              + "' "
              + groups
              + " is mapped to an Interdict role (mapped groups: "
              + config.roleByGroup().keySet()
              + "); ask an administrator");
    }
    String display = firstText(claims, "name", "preferred_username", "sub");
    String email = Optional.ofNullable(claims.getClaim("email")).map(Object::toString).orElse("");
    Sessions.Opened opened =
        db.inTransaction(
            h -> {
              Optional<User> user = users.signedIn(h, identity, preferred, display, email);
              if (user.isEmpty()) {
                return null;
              }
              Sessions.Opened session =
                  sessions.open(h, user.get().id(), Optional.empty(), role.get());
              auditor.record(
                  h,
                  user.get().name(),
                  role.get().id(),
                  "session-created",
                  "user",
                  user.get().id(),
                  "oidc groups=" + String.join(",", mapped(groups, config)));
              return session;
            });
    if (opened == null) {
      throw new OidcException(403, "your Interdict user is disabled; ask an administrator");
    }
    Sessions.setCookie(ctx, opened.token(), "Lax");
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static List<String> mapped(List<String> groups, OidcSettings config) {
    return groups.stream().filter(config.roleByGroup()::containsKey).toList();
  }

  /** Exchanges the code (with the PKCE verifier and the client's secret) for the ID token. */
  private String redeem(
      OidcProvider provider, OidcSettings config, String code, PendingSignIns.Pending flow) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", flow.redirectUri());
    body.put("code_verifier", flow.codeVerifier());
    body.put("client_id", config.clientId());
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (urlEncode(config.clientId()) + ":" + urlEncode(config.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(provider.tokenEndpoint())
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Accept", "application/json")
                  .header("Authorization", "Basic " + basic)
                  .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new OidcException(502, "the token endpoint cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OidcException(502, "interrupted while redeeming the authorization code", e);
    }
    JsonNode answer;
    try {
      answer = json.readTree(response.body());
    } catch (IOException e) {
      answer = null;
    }
    if (response.statusCode() != 200 || answer == null) {
      String error =
          answer != null && answer.hasNonNull("error")
              ? answer.get("error").asText()
              : "no error code";
      throw new OidcException(
          401,
          "the token endpoint refused the authorization code: HTTP "
              + response.statusCode()
              + " ("
              + error
              + ")");
    }
    JsonNode idToken = answer.get("id_token");
    if (idToken == null || !idToken.isTextual()) {
      throw new OidcException(401, "the token endpoint's answer has no id_token");
    }
    return idToken.asText();
  }

  /** The group claim as a list: a JSON array of strings, or one string. */
  private static List<String> groups(JWTClaimsSet claims, String claim) {
    Object value = claims.getClaim(claim);
    List<String> groups = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> groups.add(String.valueOf(v)));
    } else if (value instanceof String text) {
      groups.add(text);
    }
    return groups;
  }

  private static String firstText(JWTClaimsSet claims, String... names) {
    for (String name : names) {
      Object value = claims.getClaim(name);
      if (value instanceof String text && !text.isBlank()) {
        return text;
      }
    }
    return claims.getSubject();
  }

  private String redirectUri(Context ctx, OidcSettings config) {
    return config
        .redirectUri()
        .map(URI::toString)
        .orElseGet(() -> (Sessions.secure(ctx) ? "https" : "http") + "://" + ctx.host() + CALLBACK);
  }

  private Discovered discovered() {
    Discovered known = discovered;
    if (known == null) {
      OidcSettings config = settings.orElseThrow();
      OidcProvider provider = OidcProvider.discover(config.issuer(), http, json);
      known = new Discovered(provider, new IdTokenVerifier(provider, config.clientId(), clock));
      discovered = known;
    }
    return known;
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> urlEncode(e.getKey()) + "=" + urlEncode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String urlEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
