package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.interdict.server.lists.ListsOptions;
import org.interdict.server.oidc.OidcSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single sign-on against a real OpenID provider (mock-oauth2-server on loopback), through the
 * server's own endpoints the way a browser goes: login redirect, the provider's authorization
 * endpoint (auto-login), the callback with code and state, then the dashboard's session. Run on
 * SQLite and PostgreSQL for the users store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OidcSuite {
  static final String ISSUER_ID = "interdict-idp";
  static final String CLIENT_ID = "interdict-dashboard";
  private MockOAuth2Server provider;
  private InterdictServer server;
  private TestClock clock;
  private String base;
  private String admin;

  /** The server config for this database; {@code dataDir} does not exist yet. */
  abstract ServerConfig config(Path dataDir);

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    provider = new MockOAuth2Server();
    provider.start(InetAddress.getLoopbackAddress(), 0);
    Path secret = dir.resolve("client-secret");
    Files.writeString(secret, "s3cret\n");
    clock = new TestClock(Instant.now());
    OidcSettings settings =
        new OidcSettings(
            URI.create(provider.issuerUrl(ISSUER_ID).toString()),
            CLIENT_ID,
            Files.readAllLines(secret).get(0),
            "groups",
            OidcSettings.parseRoleMap(
                "grp-admins=admin, grp-approvers=approver, grp-analysts=analyst, grp-viewers=viewer"),
            Optional.empty());
    Path data = dir.resolve("data");
    server =
        InterdictServer.start(
            config(data).withClock(clock), ListsOptions.defaults(), Optional.of(settings));
    base = "http://127.0.0.1:" + server.port();
    admin = server.initialAdminKey().orElseThrow();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  @BeforeEach
  void forgetRecordedRequests() {
    while (recorded(10) != null) {
      // the provider's request log is per server; each test reads only its own requests
    }
  }

  /** The provider's next recorded request, or null when none comes within the time. */
  private RecordedRequest recorded(long millis) {
    try {
      return provider.takeRequest(millis, TimeUnit.MILLISECONDS);
    } catch (RuntimeException noneInTime) {
      return null;
    }
  }

  /** A browser: its own cookie jar, redirects followed by hand so each step can be checked. */
  private static final class Browser {
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String url) {
      return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private static Map<String, String> query(String url) {
    Map<String, String> values = new LinkedHashMap<>();
    String query = URI.create(url).getRawQuery();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      values.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  /** The next ID token the provider issues is for this subject, with these groups. */
  private void nextUser(String subject, String username, List<String> groups, long expirySeconds) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("groups", groups);
    claims.put("preferred_username", username);
    claims.put("name", "Test " + username);
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, expirySeconds));
  }

  /** Login and the provider's auto-login: the callback URL the provider sends the browser to. */
  private String throughProvider(Browser browser) {
    HttpResponse<String> login = browser.get(base + "/auth/oidc/login");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    String authorize = location(login);
    assertThat(authorize).startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString());
    HttpResponse<String> atProvider = browser.get(authorize);
    assertThat(atProvider.statusCode()).as(atProvider.body()).isEqualTo(302);
    String callback = location(atProvider);
    assertThat(callback).startsWith(base + "/auth/oidc/callback?");
    assertThat(query(callback)).containsEntry("state", query(authorize).get("state"));
    return callback;
  }

  private JsonNode session(Browser browser) throws IOException {
    HttpResponse<String> answer = browser.get(base + "/api/v1/session");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Http.JSON.readTree(answer.body());
  }

  private JsonNode users() throws IOException {
    HttpResponse<String> answer =
        new Browser()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                    .header("Authorization", "Bearer " + admin)
                    .GET()
                    .build());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Http.JSON.readTree(answer.body()).get("items");
  }

  @Test
  void theFullCodeFlowWithPkceOpensASessionWithTheMappedRoleForAUserMadeAtFirstSignIn()
      throws Exception {
    nextUser("sub-alice", "alice", List.of("grp-analysts", "grp-unmapped"), 3600);
    Browser browser = new Browser();
    HttpResponse<String> login = browser.get(base + "/auth/oidc/login");
    String authorize = location(login);
    Map<String, String> sent = query(authorize);
    assertThat(sent)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", CLIENT_ID)
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("redirect_uri", base + "/auth/oidc/callback")
        .containsKeys("state", "nonce", "code_challenge");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("interdict_oidc_flow=").contains("HttpOnly"));
    HttpResponse<String> atProvider = browser.get(authorize);
    HttpResponse<String> callback = browser.get(location(atProvider));

    assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
    assertThat(location(callback)).isEqualTo("/");
    String cookie =
        callback.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("interdict_session="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    JsonNode session = session(browser);
    assertThat(session.get("userName").asText()).isEqualTo("alice");
    assertThat(session.get("role").asText()).isEqualTo("analyst");
    assertThat(session.get("signedInWith").asText()).isEqualTo("oidc");
    assertThat(session.get("keyName").isNull()).isTrue();

    // PKCE: the verifier the server redeemed the code with hashes to the challenge it sent
    String verifier = null;
    for (RecordedRequest r = recorded(1000); r != null; r = recorded(100)) {
      if (r.getPath() != null && r.getPath().contains("/token")) {
        verifier = query("http://x/?" + r.getBody().readUtf8()).get("code_verifier");
      }
    }
    assertThat(verifier).isNotNull().hasSizeGreaterThanOrEqualTo(43);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    assertThat(sent.get("code_challenge")).isEqualTo(challenge);

    // the analyst may screen but not manage keys; the CSRF token is required as for key sessions
    HttpResponse<String> keys = browser.get(base + "/api/v1/keys");
    assertThat(keys.statusCode()).isEqualTo(403);
    assertThat(keys.body()).contains("user 'alice' (single sign-on) has role 'analyst'");
    HttpResponse<String> noCsrf =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/screen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Acme Widgets\"}"))
                .build());
    assertThat(noCsrf.statusCode()).as(noCsrf.body()).isEqualTo(403);
    HttpResponse<String> screened =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/screen"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", session.get("csrfToken").asText())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Acme Widgets\"}"))
                .build());
    assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);

    // the user exists once, as an oidc user with the provider's issuer and subject
    JsonNode alice = user("alice");
    assertThat(alice.get("source").asText()).isEqualTo("oidc");
    assertThat(alice.get("oidcSubject").asText()).isEqualTo("sub-alice");
    assertThat(alice.get("oidcIssuer").asText())
        .isEqualTo(provider.issuerUrl(ISSUER_ID).toString());
    assertThat(alice.get("displayName").asText()).isEqualTo("Test alice");

    // a second sign-in of the same subject is the same user
    nextUser("sub-alice", "alice", List.of("grp-analysts"), 3600);
    Browser again = new Browser();
    assertThat(again.get(throughProvider(again)).statusCode()).isEqualTo(303);
    assertThat(session(again).get("userId").asText()).isEqualTo(alice.get("id").asText());
    assertThat(users().findValuesAsText("name").stream().filter("alice"::equals)).hasSize(1);

    // the audit log names the user
    HttpResponse<String> audit =
        new Browser()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/audit?action=session-created"))
                    .header("Authorization", "Bearer " + admin)
                    .GET()
                    .build());
    assertThat(audit.body()).contains("\"actor\":\"alice\"");

    // sign-out ends the session
    HttpResponse<String> signOut =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("X-CSRF-Token", session.get("csrfToken").asText())
                .DELETE()
                .build());
    assertThat(signOut.statusCode()).isEqualTo(204);
    assertThat(browser.get(base + "/api/v1/session").statusCode()).isEqualTo(401);
  }

  private JsonNode user(String name) throws IOException {
    for (JsonNode u : users()) {
      if (u.get("name").asText().equals(name)) {
        return u;
      }
    }
    throw new AssertionError("no user " + name + " in " + users());
  }

  @Test
  void theHighestMappedRoleOfTheGroupsWins() throws IOException {
    nextUser("sub-bob", "bob", List.of("grp-viewers", "grp-admins", "other"), 3600);
    Browser browser = new Browser();
    assertThat(browser.get(throughProvider(browser)).statusCode()).isEqualTo(303);
    assertThat(session(browser).get("role").asText()).isEqualTo("admin");
    assertThat(browser.get(base + "/api/v1/keys").statusCode()).isEqualTo(200);
  }

  @Test
  void aUserWithNoMappedGroupIsRefusedWithAClearPageAndNoSession() throws IOException {
    nextUser("sub-carol", "carol", List.of("grp-marketing"), 3600);
    Browser browser = new Browser();
    HttpResponse<String> callback = browser.get(throughProvider(browser));
    assertThat(callback.statusCode()).isEqualTo(403);
    assertThat(callback.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(callback.body())
        .contains("none of your groups in claim &#39;groups&#39; [grp-marketing]")
        .contains("is mapped to an Interdict role");
    assertThat(callback.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("interdict_session="));
    assertThat(browser.get(base + "/api/v1/session").statusCode()).isEqualTo(401);
    assertThat(users().findValuesAsText("name")).doesNotContain("carol");
  }

  @Test
  void aWrongStateIsRejectedAndTheSignInCannotBeRetried() {
    // no token is queued: the code is never redeemed
    Browser browser = new Browser();
    String callback = throughProvider(browser);
    String state = query(callback).get("state");
    HttpResponse<String> forged = browser.get(callback.replace("state=" + state, "state=forged"));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("state sent back does not match");
    HttpResponse<String> replay = browser.get(callback);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(browser.get(base + "/api/v1/session").statusCode()).isEqualTo(401);
  }

  @Test
  void aCallbackWithoutTheFlowCookieOfItsBrowserIsRejected() {
    Browser victim = new Browser();
    HttpResponse<String> login = victim.get(base + "/auth/oidc/login");
    String authorize = location(login);
    // an attacker's browser replays the victim's state without the victim's flow cookie
    HttpResponse<String> forged =
        new Browser()
            .get(base + "/auth/oidc/callback?code=abc&state=" + query(authorize).get("state"));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("was not started here");
  }

  @Test
  void anIdTokenExpiredByTheServersClockIsRejected() throws IOException {
    nextUser("sub-erin", "erin", List.of("grp-admins"), 30);
    Browser browser = new Browser();
    String callback = throughProvider(browser);
    clock.advance(Duration.ofMinutes(5));
    try {
      HttpResponse<String> answer = browser.get(callback);
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.body()).contains("the ID token expired at");
      assertThat(browser.get(base + "/api/v1/session").statusCode()).isEqualTo(401);
    } finally {
      clock.advance(Duration.ofMinutes(-5));
    }
  }

  @Test
  void aDisabledUserCannotSignInAgainAndLosesTheOpenSession() throws IOException {
    nextUser("sub-frank", "frank", List.of("grp-viewers"), 3600);
    Browser browser = new Browser();
    assertThat(browser.get(throughProvider(browser)).statusCode()).isEqualTo(303);
    String id = user("frank").get("id").asText();
    HttpResponse<String> disabled =
        new Browser()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/users/" + id + "/disable"))
                    .header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(204);
    assertThat(browser.get(base + "/api/v1/session").statusCode()).isEqualTo(401);

    nextUser("sub-frank", "frank", List.of("grp-viewers"), 3600);
    Browser again = new Browser();
    HttpResponse<String> refused = again.get(throughProvider(again));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("your Interdict user is disabled");
  }

  @Test
  void usersOwnKeysAndTwoKeysOfOneUserAreOnePersonUnderFourEyesReview() {
    Http http = new Http(server.port());
    Http.Response created =
        http.postJson(
            "/api/v1/users", admin, Http.json(Map.of("name", "grace", "displayName", "Grace H")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String graceId = created.json().get("id").asText();
    assertThat(created.json().get("source").asText()).isEqualTo("local");
    assertThat(http.postJson("/api/v1/users", admin, Http.json(Map.of("name", "grace"))).status())
        .isEqualTo(409);
    assertThat(
            http.postJson(
                    "/api/v1/keys",
                    admin,
                    Http.json(Map.of("name", "x", "role", "viewer", "userId", "u-missing")))
                .status())
        .isEqualTo(404);
    String laptop = key(http, "grace-laptop", graceId);
    String ci = key(http, "grace-ci", graceId);
    JsonNode keys = http.get("/api/v1/keys", admin).json().get("items");
    assertThat(keys.findValuesAsText("userName")).contains("grace");
    for (JsonNode k : keys) {
      if (k.get("name").asText().startsWith("grace-")) {
        assertThat(k.get("userId").asText()).isEqualTo(graceId);
      }
    }
    JsonNode listed = null;
    for (JsonNode u : http.get("/api/v1/users", admin).json().get("items")) {
      if (u.get("id").asText().equals(graceId)) {
        listed = u;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("keys").findValuesAsText("name"))
        .containsExactlyInAnyOrder("grace-laptop", "grace-ci");

    assertThat(
            http.postJson(
                    "/api/v1/settings/four-eyes", admin, "{\"decisions\": [\"false-positive\"]}")
                .status())
        .isEqualTo(200);
    try {
      String screeningId =
          http.postJson("/api/v1/screen", laptop, "{\"name\": \"Mikhail Yuryevich Gerber\"}")
              .json()
              .get("screeningId")
              .asText();
      Http.Response made =
          http.postJson(
              "/api/v1/queue/decisions",
              laptop,
              Http.json(
                  Map.of(
                      "ids",
                      List.of(screeningId + "|interdict-curated:gerber-mikhail-yuryevich"),
                      "decision",
                      "false-positive",
                      "comment",
                      "another person")));
      assertThat(made.status()).as(made.body()).isEqualTo(201);
      JsonNode review = made.json().get("reviews").get(0);
      assertThat(review.get("status").asText()).isEqualTo("pending");
      assertThat(review.get("reviewer").asText()).isEqualTo("grace");
      Http.Response self =
          http.postJson(
              "/api/v1/reviews/" + review.get("id").asText() + "/approval",
              ci,
              "{\"approve\": true}");
      assertThat(self.status()).as("the other key of the same user").isEqualTo(403);
    } finally {
      http.postJson("/api/v1/settings/four-eyes", admin, "{\"decisions\": []}");
    }
    assertThat(
            http.get("/api/v1/audit?actor=grace&action=review-recorded", admin)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(1);

    assertThat(http.postJson("/api/v1/users/" + graceId + "/disable", admin, "").status())
        .isEqualTo(204);
    assertThat(http.get("/api/v1/overview", laptop).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/overview", ci).status()).isEqualTo(401);
    assertThat(http.postJson("/api/v1/users/" + graceId + "/enable", admin, "").status())
        .isEqualTo(204);
    assertThat(http.get("/api/v1/overview", ci).status()).isEqualTo(200);
  }

  private String key(Http http, String name, String userId) {
    Http.Response r =
        http.postJson(
            "/api/v1/keys",
            admin,
            Http.json(Map.of("name", name, "role", "approver", "userId", userId)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("userName").asText()).isEqualTo("grace");
    return r.json().get("key").asText();
  }
}
