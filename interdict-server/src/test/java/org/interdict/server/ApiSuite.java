package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API contract of docs/api.md over real HTTP on port 0 against a real database; subclasses
 * choose SQLite or PostgreSQL. The clock is fixed at 2024-10-01T12:00:00Z.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiSuite {
  static final Instant NOW = Instant.parse("2024-10-01T12:00:00Z");
  static final Path FLEET = Path.of("..", "examples", "fleet.osquery.json");
  Path dataDir;
  InterdictServer server;
  Http http;
  String admin;
  String analyst;
  String viewer;

  /** The server config for this database; {@code dataDir} is ready. */
  abstract ServerConfig config(Path dataDir);

  /** A direct connection to the same database, for the few checks the API cannot make. */
  abstract Connection connect() throws SQLException;

  @BeforeAll
  void start(@TempDir Path dir) {
    dataDir = dir;
    server =
        InterdictServer.start(
            config(dataDir)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .withMaxUploadBytes(4 * 1024 * 1024)
                .withStaticFilesPath("/org/interdict/server/teststatic"));
    http = new Http(server.port());
    admin = server.initialAdminKey().orElseThrow();
    analyst = createKey("test-analyst", "analyst");
    viewer = createKey("test-viewer", "viewer");
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  String createKey(String name, String role) {
    Http.Response r =
        http.postJson("/api/v1/keys", admin, Http.json(Map.of("name", name, "role", role)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("role").asText()).isEqualTo(role);
    return r.json().get("key").asText();
  }

  static void assertProblem(Http.Response r, int status, String type) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode body = r.json();
    assertThat(body.get("type").asText()).isEqualTo("https://interdict.dev/problems/" + type);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
  }

  JsonNode awaitScan(String id) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode job = http.get("/api/v1/scans/" + id, viewer).json();
      String status = job.get("status").asText();
      if (status.equals("completed") || status.equals("failed")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("scan " + id + " did not end in 60 s");
  }

  JsonNode uploadAndWait(String name, byte[] content, Map<String, String> fields)
      throws InterruptedException {
    Http.Response r = http.upload(analyst, name, content, fields);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    assertThat(r.json().get("status").asText()).isEqualTo("queued");
    return awaitScan(r.json().get("id").asText());
  }

  @Test
  void healthIsPublicAndNamesTheDatabase() {
    Http.Response r = http.get("/healthz", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
    assertThat(r.json().get("database").asText()).isEqualTo(databaseKind());
    assertThat(r.json().get("lists").get(0).get("listId").asText()).isEqualTo("interdict-curated");
  }

  abstract String databaseKind();

  @ParameterizedTest(name = "{0} {1} with {2} key -> {3} {4}")
  @CsvSource({
    "GET, /api/v1/findings, none, 401, unauthorized",
    "GET, /api/v1/findings, wrong, 401, unauthorized",
    "GET, /metrics, none, 401, unauthorized",
    "POST, /api/v1/screen, viewer, 403, forbidden",
    "GET, /api/v1/keys, analyst, 403, forbidden",
    "GET, /api/v1/nothing-here, viewer, 404, not-found",
    "GET, /api/v1/scans/j-missing, viewer, 404, not-found",
    "GET, /api/v1/findings?colour=red, viewer, 400, unknown-parameter",
    "GET, /api/v1/findings?pageSize=501, viewer, 400, invalid-parameter",
    "GET, /api/v1/findings?sort=colour, viewer, 400, invalid-parameter",
  })
  void rejectsWithProblemDetails(String method, String path, String who, int status, String type) {
    String key =
        switch (who) {
          case "none" -> null;
          case "wrong" -> "idk_not-a-key";
          case "viewer" -> viewer;
          case "analyst" -> analyst;
          default -> admin;
        };
    Http.Response r =
        method.equals("GET") ? http.get(path, key) : http.postJson(path, key, "{\"name\":\"x\"}");
    assertProblem(r, status, type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed JSON | {\"name\": | 400 | malformed-json",
        "unknown field | {\"name\": \"Kaspersky\", \"colour\": \"red\"} | 400 | unknown-parameter",
        "wrong type | {\"name\": \"Kaspersky\", \"limit\": \"ten\"} | 400 | invalid-parameter",
        "missing name | {\"limit\": 3} | 400 | invalid-parameter",
        "unknown list | {\"name\": \"Kaspersky\", \"lists\": [\"no-such-list\"]} | 400 | invalid-parameter",
        "bad birth date | {\"name\": \"Kaspersky\", \"birthDates\": [\"yesterday\"]} | 400 | invalid-parameter",
        "bad identifier | {\"name\": \"Kaspersky\", \"identifiers\": [\"1084010\"]} | 400 | invalid-parameter",
        "unknown scorer | {\"name\": \"Kaspersky\", \"scorer\": \"v9\"} | 400 | invalid-parameter",
      })
  void rejectsBadScreeningBodies(String what, String body, int status, String type) {
    assertProblem(http.postJson("/api/v1/screen", analyst, body), status, type);
  }

  @Test
  void rejectsOversizedJsonBodies() {
    String big = "{\"name\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    assertProblem(http.postJson("/api/v1/screen", analyst, big), 413, "payload-too-large");
  }

  @Test
  void rejectsOversizedUploads() {
    assertProblem(
        http.upload(analyst, "big.json", new byte[5 * 1024 * 1024], Map.of()),
        413,
        "payload-too-large");
  }

  @Test
  void aNameThatCannotBeScreenedCompletelySaysSoInsteadOfAPlainNoMatch() {
    JsonNode punctuation = http.postJson("/api/v1/screen", analyst, "{\"name\": \"!!!\"}").json();
    assertThat(punctuation.get("problem").get("id").asText()).isEqualTo("nothing-to-screen");
    assertThat(punctuation.get("matches")).isEmpty();
    JsonNode khmer =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"\u1794\u17c9\u17bb\u179b\"}").json();
    assertThat(khmer.get("problem").get("id").asText()).isEqualTo("unromanized-script");
    assertThat(khmer.get("problem").get("message").asText()).contains("Khmer");
    JsonNode plain =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Kaspersky Labs Ltd\"}").json();
    assertThat(plain.get("problem").isNull()).isTrue();
  }

  @Test
  void screeningIsStoredAndDecisionsCarryForwardWhileTheEntryIsUnchanged() throws SQLException {
    Http.Response first =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Kaspersky Labs Ltd\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonNode result = first.json();
    assertThat(result.get("screeningId").asText()).startsWith("s-");
    JsonNode match = result.get("matches").get(0);
    assertThat(match.get("primaryName").asText()).containsIgnoringCase("kaspersky");
    assertThat(match.get("entryHash").asText()).matches("[0-9a-f]{64}");
    assertThat(match.get("explanation").get("alignedPairs")).isNotEmpty();
    assertThat(match.get("explanation").get("scoreParts").toString()).contains("token-similarity");
    assertThat(match.get("review").isNull()).isTrue();
    String partyId = match.get("partyId").asText();

    Http.Response review =
        http.postJson(
            "/api/v1/reviews",
            analyst,
            Http.json(
                Map.of(
                    "subjectType",
                    "screening-hit",
                    "screeningId",
                    result.get("screeningId").asText(),
                    "partyId",
                    partyId,
                    "decision",
                    "true-match",
                    "comment",
                    "confirmed")));
    assertThat(review.status()).as(review.body()).isEqualTo(201);
    assertThat(review.json().get("reviewer").asText()).isEqualTo("test-analyst");
    JsonNode audited = http.get("/api/v1/audit?action=review-recorded&pageSize=500", viewer).json();
    assertThat(audited.get("items").toString())
        .as("the comment reaches the audit log")
        .contains("decision=true-match party=" + partyId + " status=final comment=confirmed");

    // Same name written differently normalizes alike: the decision shows as current.
    JsonNode again =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"KASPERSKY LABS LTD.\"}").json();
    JsonNode carried = matchOf(again, partyId).get("review");
    assertThat(carried.get("decision").asText()).isEqualTo("true-match");
    assertThat(carried.get("current").asBoolean()).isTrue();

    // The list entry changes (its hash no longer equals the decided one): shown, not current, open
    // again.
    long openBefore =
        http.get("/api/v1/overview", viewer).json().get("screening").get("openHits").asLong();
    try (Connection c = connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE reviews SET entry_hash = 'changed' WHERE subject_type = "
                  + "'screening-hit'");
    }
    JsonNode changed =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Kaspersky Labs Ltd\"}").json();
    assertThat(matchOf(changed, partyId).get("review").get("current").asBoolean()).isFalse();
    long openAfter =
        http.get("/api/v1/overview", viewer).json().get("screening").get("openHits").asLong();
    assertThat(openAfter).isGreaterThan(openBefore);
  }

  @Test
  void theHitQueueHoldsOpenHitsTakesBulkDecisionsAndReopensWhenTheEntryChanges()
      throws SQLException {
    JsonNode screened =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Anton Mikhaylovich Ivanov\"}")
            .json();
    assertThat(screened.get("matches")).isNotEmpty();
    String screeningId = screened.get("screeningId").asText();
    JsonNode queue = http.get("/api/v1/queue?source=screening&pageSize=500", viewer).json();
    List<JsonNode> mine = new java.util.ArrayList<>();
    queue
        .get("items")
        .forEach(
            i -> {
              if (i.get("id").asText().startsWith(screeningId + "|")) {
                mine.add(i);
              }
            });
    assertThat(mine).as(queue.toString()).hasSize(screened.get("matches").size());
    JsonNode first = mine.get(0);
    assertThat(first.get("source").asText()).isEqualTo("screening");
    assertThat(first.get("name").asText()).isEqualTo("Anton Mikhaylovich Ivanov");
    assertThat(first.get("assignee").asText()).isEmpty();
    assertThat(first.get("earlierDecision").isNull()).isTrue();
    String firstId = first.get("id").asText();

    // filters: score band, list, program, assignee, age, source
    double score = first.get("score").asDouble();
    assertThat(
            http.get("/api/v1/queue?maxScore=" + (score - 0.01), viewer)
                .json()
                .get("items")
                .toString())
        .doesNotContain(firstId);
    assertThat(
            http.get(
                    "/api/v1/queue?pageSize=500&minScore=" + (score - 0.01) + "&maxScore=" + score,
                    viewer)
                .json()
                .get("items")
                .toString())
        .contains(firstId);
    assertThat(
            http.get("/api/v1/queue?list=" + first.get("listId").asText() + "&pageSize=500", viewer)
                .json()
                .get("items")
                .toString())
        .contains(firstId);
    assertThat(http.get("/api/v1/queue?list=no-such-list", viewer).json().get("total").asLong())
        .isZero();
    assertThat(first.get("programs").toString()).contains("RUSSIA-EO14024");
    assertThat(
            http.get("/api/v1/queue?pageSize=500&program=RUSSIA-EO14024", viewer)
                .json()
                .get("items")
                .toString())
        .contains(firstId);
    assertThat(
            http.get("/api/v1/queue?pageSize=500&program=SDGT", viewer)
                .json()
                .get("items")
                .toString())
        .doesNotContain(firstId);
    assertThat(http.get("/api/v1/queue?minAgeDays=1", viewer).json().get("items").toString())
        .doesNotContain(firstId);
    assertThat(
            http.get("/api/v1/queue?source=rescreen&pageSize=500", viewer)
                .json()
                .get("items")
                .toString())
        .doesNotContain(firstId);
    assertProblem(http.get("/api/v1/queue?source=email", viewer), 400, "invalid-parameter");
    assertProblem(http.get("/api/v1/queue?minScore=2", viewer), 400, "invalid-parameter");

    // the explanation on one click
    JsonNode detail =
        http.get(
                "/api/v1/queue/item?id="
                    + java.net.URLEncoder.encode(firstId, StandardCharsets.UTF_8),
                viewer)
            .json();
    assertThat(detail.get("explanation").get("scoreParts")).isNotEmpty();
    assertThat(detail.get("explanation").get("alignedPairs")).isNotEmpty();
    assertThat(detail.get("screenedBy").asText()).isEqualTo("test-analyst");

    // assignment
    String ids =
        Http.json(
            Map.of(
                "ids", mine.stream().map(i -> i.get("id").asText()).toList(), "assignee", "carol"));
    assertThat(http.postJson("/api/v1/queue/assign", analyst, ids).json().get("assigned").asInt())
        .isEqualTo(mine.size());
    assertThat(
            http.get("/api/v1/queue?assignee=carol&pageSize=500", viewer)
                .json()
                .get("total")
                .asLong())
        .isEqualTo(mine.size());
    assertThat(
            http.get("/api/v1/queue?assignee=none&pageSize=500", viewer)
                .json()
                .get("items")
                .toString())
        .doesNotContain(firstId);

    // a bulk decision with a comment: one review and one audit event per hit; the hits leave the
    // queue
    Http.Response decided =
        http.postJson(
            "/api/v1/queue/decisions",
            analyst,
            Http.json(
                Map.of(
                    "ids",
                    mine.stream().map(i -> i.get("id").asText()).toList(),
                    "decision",
                    "false-positive",
                    "comment",
                    "probe name, not the vendor")));
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    assertThat(decided.json().get("reviews")).hasSize(mine.size());
    assertThat(http.get("/api/v1/queue?pageSize=500", viewer).json().get("items").toString())
        .doesNotContain(firstId);
    assertThat(
            http.get("/api/v1/audit?action=review-recorded&pageSize=500", viewer).json().toString())
        .contains("comment=probe name, not the vendor");
    assertProblem(
        http.postJson(
            "/api/v1/queue/decisions",
            analyst,
            Http.json(Map.of("ids", List.of(firstId), "decision", "false-positive"))),
        409,
        "conflict");
    assertProblem(
        http.postJson(
            "/api/v1/queue/decisions",
            viewer,
            Http.json(Map.of("ids", List.of(firstId), "decision", "false-positive"))),
        403,
        "forbidden");

    // the list entry changes: the cleared hit reopens, carrying the earlier decision
    try (Connection c = connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE screening_hits SET entry_hash = 'changed-entry' WHERE screening_id = '"
                  + screeningId
                  + "'");
    }
    JsonNode reopened = null;
    for (JsonNode i : http.get("/api/v1/queue?pageSize=500", viewer).json().get("items")) {
      if (i.get("id").asText().equals(firstId)) {
        reopened = i;
      }
    }
    assertThat(reopened).as("the cleared hit is open again").isNotNull();
    assertThat(reopened.get("earlierDecision").get("decision").asText())
        .isEqualTo("false-positive");
    assertThat(reopened.get("earlierDecision").get("comment").asText())
        .isEqualTo("probe name, not the vendor");
    assertThat(reopened.get("assignee").asText()).isEqualTo("carol");
  }

  @Test
  void fourEyesReviewKeepsADecisionPendingUntilADifferentApproverApprovesIt() {
    String approver = createKey("test-approver", "approver");
    String secondApprover = createKey("test-approver-2", "approver");
    assertProblem(
        http.postJson(
            "/api/v1/settings/four-eyes", analyst, "{\"decisions\": [\"false-positive\"]}"),
        403,
        "forbidden");
    assertProblem(
        http.postJson("/api/v1/settings/four-eyes", admin, "{\"decisions\": [\"maybe\"]}"),
        400,
        "invalid-parameter");
    JsonNode set =
        http.postJson(
                "/api/v1/settings/four-eyes",
                admin,
                "{\"decisions\": [\"true-match\", \"false-positive\"]}")
            .json();
    assertThat(set.get("decisions").toString()).isEqualTo("[\"true-match\",\"false-positive\"]");
    try {
      JsonNode screened =
          http.postJson("/api/v1/screen", analyst, "{\"name\": \"Mikhail Yuryevich Gerber\"}")
              .json();
      String screeningId = screened.get("screeningId").asText();
      String partyId = "interdict-curated:gerber-mikhail-yuryevich";
      String queueId = screeningId + "|" + partyId;
      Http.Response made =
          http.postJson(
              "/api/v1/queue/decisions",
              approver,
              Http.json(
                  Map.of(
                      "ids",
                      List.of(queueId),
                      "decision",
                      "false-positive",
                      "comment",
                      "different person, born 1990")));
      JsonNode review = made.json().get("reviews").get(0);
      assertThat(review.get("status").asText()).as(made.body()).isEqualTo("pending");
      String reviewId = review.get("id").asText();

      // pending: the hit stays in the queue, marked; no second decision; the maker cannot approve
      // it
      JsonNode pending = http.get("/api/v1/queue?state=pending&pageSize=500", viewer).json();
      assertThat(pending.get("items").toString()).contains(queueId).contains(reviewId);
      assertProblem(
          http.postJson(
              "/api/v1/queue/decisions",
              analyst,
              Http.json(Map.of("ids", List.of(queueId), "decision", "true-match"))),
          409,
          "conflict");
      assertProblem(
          http.postJson(
              "/api/v1/reviews/" + reviewId + "/approval", approver, "{\"approve\": true}"),
          403,
          "forbidden");
      assertProblem(
          http.postJson(
              "/api/v1/reviews/" + reviewId + "/approval", analyst, "{\"approve\": true}"),
          403,
          "forbidden");
      assertThat(http.get("/api/v1/reviews?status=pending", viewer).json().get("items").toString())
          .contains(reviewId);

      // a different approver approves: the decision counts, the hit leaves the queue, both are
      // audited
      Http.Response approved =
          http.postJson(
              "/api/v1/reviews/" + reviewId + "/approval",
              secondApprover,
              "{\"approve\": true, \"comment\": \"checked the date of birth\"}");
      assertThat(approved.json().get("status").asText()).as(approved.body()).isEqualTo("approved");
      assertThat(approved.json().get("approver").asText()).isEqualTo("test-approver-2");
      assertThat(http.get("/api/v1/queue?pageSize=500", viewer).json().get("items").toString())
          .doesNotContain(queueId);
      assertProblem(
          http.postJson(
              "/api/v1/reviews/" + reviewId + "/approval", secondApprover, "{\"approve\": false}"),
          409,
          "conflict");
      String audit = http.get("/api/v1/audit?pageSize=500", viewer).json().toString();
      assertThat(audit)
          .contains("status=pending comment=different person, born 1990")
          .contains(
              "review="
                  + reviewId
                  + " decision=false-positive by=test-approver comment=checked the date of birth");

      // a rejected decision does not count: the hit stays open
      JsonNode again =
          http.postJson(
                  "/api/v1/screen", analyst, "{\"name\": \"Kirill Aleksandrovich Astrakhan\"}")
              .json();
      String otherId =
          again.get("screeningId").asText() + "|interdict-curated:astrakhan-kirill-aleksandrovich";
      String rejectId =
          http.postJson(
                  "/api/v1/queue/decisions",
                  analyst,
                  Http.json(Map.of("ids", List.of(otherId), "decision", "true-match")))
              .json()
              .get("reviews")
              .get(0)
              .get("id")
              .asText();
      assertThat(
              http.postJson(
                      "/api/v1/reviews/" + rejectId + "/approval",
                      approver,
                      "{\"approve\": false, \"comment\": \"not enough evidence\"}")
                  .json()
                  .get("status")
                  .asText())
          .isEqualTo("rejected");
      assertThat(
              http.get("/api/v1/queue?state=open&pageSize=500", viewer)
                  .json()
                  .get("items")
                  .toString())
          .contains(otherId);
      assertThat(http.get("/api/v1/audit?action=review-rejected", viewer).json().toString())
          .contains("comment=not enough evidence");
    } finally {
      http.postJson("/api/v1/settings/four-eyes", admin, "{\"decisions\": []}");
    }
  }

  @Test
  void evidencePacksCarryTheQueryTheListsTheExplanationAndEveryDecision() {
    JsonNode screened =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Andrey Petrovich Dukhvalov\"}")
            .json();
    String id = screened.get("screeningId").asText();
    String partyId = "interdict-curated:dukhvalov-andrey-petrovich";
    http.postJson(
        "/api/v1/reviews",
        analyst,
        Http.json(
            Map.of(
                "subjectType",
                "screening-hit",
                "screeningId",
                id,
                "partyId",
                partyId,
                "decision",
                "true-match",
                "comment",
                "same person, board member")));
    JsonNode pack = http.get("/api/v1/evidence/screenings/" + id, viewer).json();
    assertThat(pack.get("schema").asText()).isEqualTo("interdict-evidence/1");
    assertThat(pack.get("generatedBy").asText()).isEqualTo("test-viewer");
    assertThat(pack.get("query").get("name").asText()).isEqualTo("Andrey Petrovich Dukhvalov");
    assertThat(pack.get("query").get("screenedBy").asText()).isEqualTo("test-analyst");
    JsonNode ran = pack.get("ranAgainst");
    assertThat(ran.get("scorer").asText()).isNotBlank();
    assertThat(ran.get("indexVersion").asText()).isNotBlank();
    assertThat(ran.get("lists").toString()).contains("interdict-curated").contains("\"version\"");
    assertThat(ran.get("lists").get(0).get("entriesSha256").asText()).matches("[0-9a-f]{64}");
    JsonNode hit = pack.get("hits").get(0);
    assertThat(hit.get("partyId").asText()).isEqualTo(partyId);
    assertThat(hit.get("entryHash").asText()).hasSize(64);
    assertThat(hit.get("explanation").get("scoreParts")).isNotEmpty();
    assertThat(pack.get("decisions").toString())
        .contains("true-match")
        .contains("test-analyst")
        .contains("same person, board member");

    Http.Response html = http.get("/api/v1/evidence/screenings/" + id + "?format=html", viewer);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.raw().headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'")
        .doesNotContain("script-src");
    assertThat(html.body())
        .contains("Andrey Petrovich Dukhvalov")
        .contains("same person, board member")
        .contains(hit.get("entryHash").asText())
        .doesNotContain("<script");
    assertProblem(http.get("/api/v1/evidence/screenings/s-missing", viewer), 404, "not-found");
    assertProblem(
        http.get("/api/v1/evidence/screenings/" + id + "?format=pdf", viewer),
        400,
        "invalid-parameter");
  }

  @Test
  void theAuditLogExportsAsCsvByDateRange() {
    http.postJson("/api/v1/screen", analyst, "{\"name\": \"Audit Csv Probe\"}");
    List<String> lines =
        http.get("/api/v1/audit.csv?from=2024-10-01&to=2024-10-01", viewer).body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,at,actor,role,action,subject_type,subject_id,detail");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains(",test-analyst,analyst,screening,screening,"));
    assertThat(String.join("\n", lines)).doesNotContainIgnoringCase("audit csv probe");
    assertThat(
            http.get("/api/v1/audit.csv?from=2024-09-01&to=2024-09-30", viewer)
                .body()
                .lines()
                .count())
        .as("only the header for days without events")
        .isEqualTo(1);
    assertProblem(
        http.get("/api/v1/audit.csv?from=2024-10-02&to=2024-10-01", viewer),
        400,
        "invalid-parameter");
    assertProblem(http.get("/api/v1/audit.csv?from=2024-10-01", viewer), 400, "invalid-parameter");
  }

  @Test
  void retentionPurgesScreeningsOlderThanThePeriodAndAuditsIt() throws SQLException {
    JsonNode setting = http.get("/api/v1/settings/retention", viewer).json();
    assertThat(setting.get("years").asInt()).isEqualTo(10);
    assertThat(setting.get("citations").toString())
        .contains("15 CFR 762.6")
        .contains("31 CFR 501.601");
    assertThat(setting.get("auditLog").asText()).contains("never purged");
    String old =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Retention Probe Old\"}")
            .json()
            .get("screeningId")
            .asText();
    String recent =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Retention Probe Recent\"}")
            .json()
            .get("screeningId")
            .asText();
    try (Connection c = connect()) {
      // eleven years before the fixed clock: older than the ten-year default
      c.createStatement()
          .executeUpdate(
              "UPDATE screenings SET at = "
                  + NOW.minus(java.time.Duration.ofDays(11 * 366)).toEpochMilli()
                  + " WHERE id = '"
                  + old
                  + "'");
    }
    assertProblem(http.postJson("/api/v1/retention/purge", analyst, "{}"), 403, "forbidden");
    JsonNode purged = http.postJson("/api/v1/retention/purge", admin, "{}").json();
    assertThat(purged.get("screenings").asInt()).isEqualTo(1);
    assertThat(purged.get("cutoff").asText()).isEqualTo("2014-10-01T12:00:00Z");
    assertProblem(http.get("/api/v1/evidence/screenings/" + old, viewer), 404, "not-found");
    assertThat(http.get("/api/v1/evidence/screenings/" + recent, viewer).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/audit?action=retention-purged", viewer).json().toString())
        .contains("screenings=1")
        .contains("years=10");
    assertProblem(
        http.postJson("/api/v1/settings/retention", admin, "{\"years\": 0}"),
        400,
        "invalid-parameter");
    assertThat(
            http.postJson("/api/v1/settings/retention", admin, "{\"years\": 12}")
                .json()
                .get("years")
                .asInt())
        .isEqualTo(12);
    http.postJson("/api/v1/settings/retention", admin, "{\"years\": 10}");
  }

  @Test
  void theScreeningHistorySearchesByNameDateUserAndOutcome() {
    String hit =
        http.postJson("/api/v1/screen", analyst, "{\"name\": \"Marina Mikhaylovna Alekseeva\"}")
            .json()
            .get("screeningId")
            .asText();
    String none =
        http.postJson(
                "/api/v1/screen", viewerlessAnalyst(), "{\"name\": \"Marina 50%_History Probe\"}")
            .json()
            .get("screeningId")
            .asText();
    JsonNode byName = http.get("/api/v1/screenings?name=marina&pageSize=500", viewer).json();
    assertThat(byName.get("items").toString()).contains(hit).contains(none);
    assertThat(
            http.get("/api/v1/screenings?name=50%25_&pageSize=500", viewer)
                .json()
                .get("items")
                .toString())
        .as("% and _ are literal")
        .contains(none)
        .doesNotContain(hit);
    assertThat(
            http.get("/api/v1/screenings?name=marina&outcome=match&pageSize=500", viewer)
                .json()
                .get("items")
                .toString())
        .contains(hit)
        .doesNotContain(none);
    assertThat(
            http.get("/api/v1/screenings?name=marina&outcome=no-match&pageSize=500", viewer)
                .json()
                .get("items")
                .toString())
        .contains(none)
        .doesNotContain(hit);
    assertThat(
            http.get("/api/v1/screenings?name=marina&actor=history-analyst&pageSize=500", viewer)
                .json()
                .get("items")
                .toString())
        .contains(none)
        .doesNotContain(hit);
    assertThat(
            http.get(
                    "/api/v1/screenings?name=marina&from=2024-10-01&to=2024-10-01&pageSize=500",
                    viewer)
                .json()
                .get("total")
                .asLong())
        .isEqualTo(2);
    assertThat(
            http.get("/api/v1/screenings?name=marina&from=2024-10-02", viewer)
                .json()
                .get("total")
                .asLong())
        .isZero();
    JsonNode item = byName.get("items").get(0);
    assertThat(item.get("at").asText()).isEqualTo("2024-10-01T12:00:00Z");
    assertProblem(http.get("/api/v1/screenings?outcome=maybe", viewer), 400, "invalid-parameter");
    assertProblem(http.get("/api/v1/screenings?from=yesterday", viewer), 400, "invalid-parameter");
  }

  @Test
  void storedPartiesTakeACsvWithAColumnMapping() {
    String csv = "Legal Name,Customer No\r\nZyxwv Mapping Trading,cust-77\r\n";
    Map<String, String> headers =
        Map.of("Authorization", "Bearer " + analyst, "Content-Type", "text/csv");
    Http.Response unmapped =
        http.send("POST", "/api/v1/parties", headers, HttpRequest.BodyPublishers.ofString(csv));
    assertProblem(unmapped, 400, "invalid-parameter");
    assertThat(unmapped.json().get("detail").asText()).contains("nameColumn");
    Http.Response mapped =
        http.send(
            "POST",
            "/api/v1/parties?nameColumn=Legal%20Name&idColumn=Customer%20No",
            headers,
            HttpRequest.BodyPublishers.ofString(csv));
    assertThat(mapped.status()).as(mapped.body()).isBetween(200, 201);
    assertThat(mapped.json().get("received").asInt()).isEqualTo(1);
    assertThat(http.get("/api/v1/parties?pageSize=500", viewer).body())
        .contains("cust-77")
        .contains("Zyxwv Mapping Trading");
    assertProblem(
        http.postJson("/api/v1/parties?nameColumn=x", analyst, "[]"), 400, "invalid-parameter");
    JsonNode pack = http.get("/api/v1/evidence/parties/cust-77", viewer).json();
    assertThat(pack.get("kind").asText()).isEqualTo("party");
    assertThat(pack.get("party").get("name").asText()).isEqualTo("Zyxwv Mapping Trading");
    assertThat(pack.get("party").get("origin").asText()).isEqualTo("import");
    assertThat(pack.get("rescreenHits")).isEmpty();
    assertThat(http.get("/api/v1/evidence/parties/cust-77?format=html", viewer).body())
        .contains("Zyxwv Mapping Trading")
        .contains("evidence-json");
    assertProblem(http.get("/api/v1/evidence/parties/nobody", viewer), 404, "not-found");
  }

  private String historyAnalyst;

  private String viewerlessAnalyst() {
    if (historyAnalyst == null) {
      historyAnalyst = createKey("history-analyst", "analyst");
    }
    return historyAnalyst;
  }

  private static JsonNode matchOf(JsonNode result, String partyId) {
    for (JsonNode m : result.get("matches")) {
      if (m.get("partyId").asText().equals(partyId)) {
        return m;
      }
    }
    throw new AssertionError("no match for " + partyId + " in " + result);
  }

  @Test
  void searchAnswersWithoutStoringAndBatchScreensEachName() {
    JsonNode search = http.get("/api/v1/search?name=Kaspersky%20Lab&limit=3", viewer).json();
    assertThat(search.get("screeningId").isNull()).isTrue();
    assertThat(search.get("matches").size()).isBetween(1, 3);
    JsonNode batch =
        http.postJson(
                "/api/v1/screen/batch",
                analyst,
                "{\"names\": [{\"id\": \"c-1\", \"name\": "
                    + "\"Kaspersky Labs Ltd\"}, {\"id\": \"c-2\", \"name\": \"Kasparov Chess Foundation\"}]}")
            .json();
    assertThat(batch.get("results")).hasSize(2);
    assertThat(batch.get("results").get(0).get("id").asText()).isEqualTo("c-1");
    assertThat(batch.get("results").get(0).get("matches")).isNotEmpty();
    assertThat(batch.get("results").get(1).get("matches")).isEmpty();
  }

  @Test
  void screeningWeighsThePartysCountryAsANamedScorePart() {
    JsonNode result =
        http.postJson(
                "/api/v1/screen",
                analyst,
                "{\"name\": \"Kaspersky Labs Ltd\", \"partyCountries\": [\"RU\"]}")
            .json();
    JsonNode explanation = result.get("matches").get(0).get("explanation");
    assertThat(explanation.get("scorer").asText()).isEqualTo("entity-v1");
    List<String> parts = new java.util.ArrayList<>();
    explanation.get("scoreParts").forEach(part -> parts.add(part.get("id").asText()));
    assertThat(parts)
        .contains("name", "birth-date", "country", "party-type", "identifier", "score");
    JsonNode batch =
        http.postJson(
                "/api/v1/screen/batch",
                analyst,
                "{\"names\": [{\"id\": \"c-1\", \"name\": "
                    + "\"Kaspersky Labs Ltd\", \"partyCountries\": [\"France\"]}]}")
            .json();
    JsonNode batchParts =
        batch.get("results").get(0).get("matches").get(0).get("explanation").get("scoreParts");
    assertThat(batchParts.toString()).contains("\"country\"");
  }

  /**
   * Issue 11, stop 11: the screen JSON's country feature and filter and /match's country properties
   * read codes and English names through one parser; a bad one is named.
   */
  @Test
  void countriesReadTheSameAsCodesOrNamesInScreenAndMatch() {
    List<Double> screenParts = new java.util.ArrayList<>();
    List<Double> matchScores = new java.util.ArrayList<>();
    for (String russia : List.of("RU", "RUS", "Russia", "Russian Federation", "France")) {
      JsonNode result = screenWith("partyCountries", russia).json();
      JsonNode country = null;
      for (JsonNode part : result.get("matches").get(0).get("explanation").get("scoreParts")) {
        country = part.get("id").asText().equals("country") ? part : country;
      }
      screenParts.add(country.get("value").asDouble());
      JsonNode filtered = screenWith("countries", russia).json();
      assertThat(filtered.get("matches").isEmpty()).as(russia).isEqualTo(russia.equals("France"));
      JsonNode matched =
          http.postJson(
                  "/match/default",
                  viewer,
                  "{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\":"
                      + " [\"AO Kaspersky Lab\"], \"nationality\": [\""
                      + russia
                      + "\"]}}}}")
              .json();
      matchScores.add(
          matched.get("responses").get("q").get("results").get(0).get("score").asDouble());
    }
    // four spellings of the listed country agree alike; France (a conflict) does not
    assertThat(screenParts.subList(0, 4)).containsOnly(screenParts.get(0));
    assertThat(screenParts.get(4)).isNegative().isLessThan(screenParts.get(0));
    assertThat(matchScores.subList(0, 4)).containsOnly(matchScores.get(0));
    assertThat(matchScores.get(4)).isLessThan(matchScores.get(0));
    assertThat(screenWith("countries", "FR").json().get("matches")).isEmpty();
    Http.Response bad = screenWith("partyCountries", "Rusia");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("'Rusia'");
    Http.Response badMatch =
        http.postJson(
            "/match/default",
            viewer,
            "{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\":"
                + " [\"AO Kaspersky Lab\"], \"country\": [\"Rusia\"]}}}}");
    assertProblem(badMatch, 400, "invalid-parameter");
    assertThat(badMatch.body()).contains("'Rusia'");
  }

  private Http.Response screenWith(String field, String country) {
    return http.postJson(
        "/api/v1/screen",
        analyst,
        Http.json(Map.of("name", "AO Kaspersky Lab", field, List.of(country))));
  }

  @Test
  void storedScreeningsKeepTheQueryFeaturesTheScorerAndTheIndexVersion() {
    JsonNode withFeatures =
        http.postJson(
                "/api/v1/screen",
                analyst,
                "{\"name\": \"Eugene Kaspersky Features Probe\", \"birthDates\": [\"04/10/1965\"],"
                    + " \"partyCountries\": [\"Russia\"], \"identifiers\": [\"tax-id:7713140469\"],"
                    + " \"partyType\": \"person\"}")
            .json();
    String id = withFeatures.get("screeningId").asText();
    String namesOnly =
        http.postJson(
                "/api/v1/screen",
                analyst,
                "{\"name\": \"Kaspersky Features Probe Labs\", \"scorer\": \"aligned-tokens-v1\"}")
            .json()
            .get("screeningId")
            .asText();
    JsonNode items =
        http.get("/api/v1/screenings?name=features%20probe&pageSize=500", viewer)
            .json()
            .get("items");
    JsonNode stored = null;
    JsonNode plain = null;
    for (JsonNode item : items) {
      if (item.get("id").asText().equals(id)) {
        stored = item;
      } else if (item.get("id").asText().equals(namesOnly)) {
        plain = item;
      }
    }
    assertThat(stored).as(items.toString()).isNotNull();
    assertThat(plain).as(items.toString()).isNotNull();
    JsonNode features = stored.get("features");
    assertThat(features.get("birthDates").get(0).asText()).isEqualTo("04/10/1965");
    assertThat(features.get("countries").get(0).asText()).isEqualTo("RU");
    assertThat(features.get("identifiers").get(0).get("type").asText()).isEqualTo("tax-id");
    assertThat(features.get("identifiers").get(0).get("value").asText()).isEqualTo("7713140469");
    assertThat(features.get("partyType").asText()).isEqualTo("individual");
    assertThat(stored.get("scorer").asText()).isEqualTo("entity-v1");
    assertThat(stored.get("indexVersion").asText()).startsWith("sha256:");
    assertThat(plain.get("features").isEmpty()).as(plain.toString()).isTrue();
    assertThat(plain.get("scorer").asText()).isEqualTo("aligned-tokens-v1");
    assertThat(plain.get("indexVersion").asText()).isEqualTo(stored.get("indexVersion").asText());

    JsonNode pack = http.get("/api/v1/evidence/screenings/" + id, viewer).json();
    assertThat(pack.get("query").get("features")).isEqualTo(features);
    assertThat(pack.get("query").get("scorer").asText()).isEqualTo("entity-v1");
    assertThat(pack.get("query").get("indexVersion").asText())
        .isEqualTo(stored.get("indexVersion").asText());
    JsonNode plainPack = http.get("/api/v1/evidence/screenings/" + namesOnly, viewer).json();
    assertThat(plainPack.get("ranAgainst").get("scorer").asText()).isEqualTo("aligned-tokens-v1");
    assertThat(http.get("/api/v1/evidence/screenings/" + id + "?format=html", viewer).body())
        .contains("04/10/1965")
        .contains("7713140469");
  }

  @Test
  void sessionCookieNeedsTheCsrfTokenForStateChanges() {
    Http.Response signIn =
        http.postJson("/api/v1/session", null, Http.json(Map.of("apiKey", analyst)));
    assertThat(signIn.status()).as(signIn.body()).isEqualTo(201);
    String setCookie = signIn.raw().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
    Http.Response viaTls =
        http.send(
            "POST",
            "/api/v1/session",
            Map.of("Content-Type", "application/json", "X-Forwarded-Proto", "https"),
            HttpRequest.BodyPublishers.ofString(Http.json(Map.of("apiKey", viewer))));
    assertThat(viaTls.raw().headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = signIn.json().get("csrfToken").asText();
    Map<String, String> withCookie = Map.of("Cookie", cookie, "Content-Type", "application/json");
    String body = "{\"name\": \"Kaspersky Labs Ltd\"}";
    Http.Response read =
        http.send(
            "GET",
            "/api/v1/session",
            Map.of("Cookie", cookie),
            HttpRequest.BodyPublishers.noBody());
    assertThat(read.json().get("keyName").asText()).isEqualTo("test-analyst");
    assertProblem(
        http.send("POST", "/api/v1/screen", withCookie, HttpRequest.BodyPublishers.ofString(body)),
        403,
        "csrf-token-missing");
    Map<String, String> withCsrf =
        Map.of("Cookie", cookie, "Content-Type", "application/json", "X-CSRF-Token", csrf);
    assertThat(
            http.send("POST", "/api/v1/screen", withCsrf, HttpRequest.BodyPublishers.ofString(body))
                .status())
        .isEqualTo(200);
    assertThat(
            http.send("DELETE", "/api/v1/session", withCsrf, HttpRequest.BodyPublishers.noBody())
                .status())
        .isEqualTo(204);
    assertProblem(
        http.send(
            "GET",
            "/api/v1/overview",
            Map.of("Cookie", cookie),
            HttpRequest.BodyPublishers.noBody()),
        401,
        "unauthorized");
  }

  @Test
  void revokedKeysAreRejected() {
    String temporary = createKey("temporary", "viewer");
    assertThat(http.get("/api/v1/findings", temporary).status()).isEqualTo(200);
    JsonNode keys = http.get("/api/v1/keys", admin).json().get("items");
    String id = null;
    for (JsonNode k : keys) {
      if (k.get("name").asText().equals("temporary")) {
        id = k.get("id").asText();
      }
    }
    assertThat(keys.toString()).doesNotContain(temporary);
    assertThat(
            http.send(
                    "DELETE",
                    "/api/v1/keys/" + id,
                    Map.of("Authorization", "Bearer " + admin),
                    HttpRequest.BodyPublishers.noBody())
                .status())
        .isEqualTo(204);
    assertProblem(http.get("/api/v1/findings", temporary), 401, "unauthorized");
  }

  @Test
  void scanFindingsRemediationAndVerification() throws Exception {
    JsonNode job =
        uploadAndWait(
            "fleet.osquery.json", Files.readAllBytes(FLEET), Map.of("asOf", "2024-10-01"));
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("completed");
    assertThat(job.get("format").asText()).isEqualTo("osquery");
    assertThat(job.get("progress").get("records").asLong()).isEqualTo(14);
    String scanId = job.get("id").asText();

    JsonNode page =
        http.get("/api/v1/findings?scan=" + scanId + "&host=WS-FIN-0042&sort=product", viewer)
            .json();
    assertThat(page.get("total").asLong()).isPositive();
    JsonNode kes = null;
    for (JsonNode f : page.get("items")) {
      if (f.get("productId").asText().equals("kaspersky-endpoint-security")) {
        kes = f;
      }
    }
    assertThat(kes).as(page.toString()).isNotNull();
    assertThat(kes.get("worstStatus").asText()).isEqualTo("prohibited");
    JsonNode findingPack =
        http.get("/api/v1/evidence/findings/" + kes.get("id").asText(), viewer).json();
    assertThat(findingPack.get("scan").get("catalogDigest").asText())
        .as("the catalog in force, by digest")
        .isEqualTo(org.interdict.catalog.CatalogLoader.bundled().digest())
        .matches("[0-9a-f]{64}");
    assertThat(kes.get("evidence").toString()).contains("name:kaspersky-endpoint-security");
    assertThat(kes.get("regimes").toString())
        .contains("us-icts-kaspersky-2024")
        .contains("2024-09-29");
    JsonNode prohibited =
        http.get(
                "/api/v1/findings?scan="
                    + scanId
                    + "&regime=us-icts-kaspersky-2024"
                    + "&status=prohibited&pageSize=1&page=1",
                viewer)
            .json();
    assertThat(prohibited.get("items")).hasSize(1);
    assertThat(prohibited.get("total").asLong()).isGreaterThan(1);

    String csv = http.get("/api/v1/findings.csv?scan=" + scanId, viewer).body();
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("finding_id,scan_id,host,product_id");
    assertThat(csv).contains("WS-FIN-0042,kaspersky-endpoint-security");

    JsonNode items =
        http.get("/api/v1/remediation?host=WS-FIN-0042&product=kaspersky-endpoint-security", viewer)
            .json()
            .get("items");
    assertThat(items).hasSize(1);
    String itemId = items.get(0).get("id").asText();
    assertThat(items.get(0).get("state").asText()).isEqualTo("open");
    assertThat(items.get(0).get("deadline").asText()).isEqualTo("2024-09-29");
    Http.Response moved =
        http.postJson(
            "/api/v1/remediation/" + itemId + "/transitions",
            analyst,
            "{\"state\": \"in-progress\", \"comment\": \"ticket 42\"}");
    assertThat(moved.json().get("state").asText()).as(moved.body()).isEqualTo("in-progress");
    assertProblem(
        http.postJson(
            "/api/v1/remediation/" + itemId + "/transitions", analyst, "{\"state\": \"verified\"}"),
        400,
        "invalid-parameter");

    JsonNode before = http.get("/api/v1/overview", viewer).json();
    assertThat(before.get("hostsAffected").asLong()).isEqualTo(5);
    String clean =
        "{\"name\": \"pack_inventory_programs\", \"hostIdentifier\": \"WS-FIN-0042\", \"action\": "
            + "\"snapshot\", \"snapshot\": [{\"name\": \"Mozilla Firefox\", \"version\": \"131.0\", \"publisher\": "
            + "\"Mozilla\"}]}\n";
    JsonNode second = uploadAndWait("clean.json", clean.getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(second.get("status").asText()).as(second.toString()).isEqualTo("completed");
    assertThat(second.get("asOf").asText())
        .as("as of today by the server's clock")
        .isEqualTo("2024-10-01");
    JsonNode verified =
        http.get("/api/v1/remediation?host=WS-FIN-0042&product=kaspersky-endpoint-security", viewer)
            .json()
            .get("items")
            .get(0);
    assertThat(verified.get("state").asText()).isEqualTo("verified");
    assertThat(verified.get("history").toString())
        .contains("ticket 42")
        .contains("scan:" + second.get("id").asText());
    // Findings show the present by default: the host's latest scan no longer has the product, as
    // Remediation says.
    JsonNode present = http.get("/api/v1/findings?host=WS-FIN-0042", viewer).json();
    assertThat(present.get("items").toString()).doesNotContain("kaspersky-endpoint-security");
    JsonNode history =
        http.get(
                "/api/v1/findings?host=WS-FIN-0042&history=true&product=kaspersky-endpoint-security",
                viewer)
            .json()
            .get("items");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("remediation").get("state").asText()).isEqualTo("verified");
    JsonNode now = http.get("/api/v1/findings?host=WS-HR-0011", viewer).json();
    assertThat(now.get("total").asLong())
        .as("hosts the second scan did not read keep their findings")
        .isPositive();
    assertThat(http.get("/api/v1/findings?pageSize=500", viewer).json().get("total").asLong())
        .isLessThan(
            http.get("/api/v1/findings?history=true&pageSize=500", viewer)
                .json()
                .get("total")
                .asLong());
    assertProblem(http.get("/api/v1/findings?history=maybe", viewer), 400, "invalid-parameter");
    JsonNode others = http.get("/api/v1/remediation?host=WS-HR-0011&state=open", viewer).json();
    assertThat(others.get("total").asLong()).as("other hosts are untouched").isPositive();

    JsonNode overview = http.get("/api/v1/overview", viewer).json();
    assertThat(overview.get("asOf").asText()).isEqualTo("2024-10-01");
    assertThat(overview.get("hostsAffected").asLong()).as("WS-FIN-0042 is clean now").isEqualTo(4);
    assertThat(prohibitedCount(overview)).isLessThan(prohibitedCount(before));
    assertThat(overview.get("burndown").get(0).get("date").asText()).isEqualTo("2024-10-01");
    assertThat(overview.get("burndown").get(0).get("verified").asLong()).isPositive();
    assertThat(overview.get("deadlines").toString()).contains("us-icts-kaspersky-2024");

    JsonNode finding =
        http.get("/api/v1/findings?scan=" + scanId + "&host=WS-HR-0011", viewer)
            .json()
            .get("items")
            .get(0);
    Http.Response decided =
        http.postJson(
            "/api/v1/reviews",
            analyst,
            Http.json(
                Map.of(
                    "subjectType",
                    "finding",
                    "findingId",
                    finding.get("id").asText(),
                    "decision",
                    "accepted-risk",
                    "comment",
                    "lab machine")));
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    JsonNode reviewed =
        http.get("/api/v1/findings?scan=" + scanId + "&host=WS-HR-0011", viewer)
            .json()
            .get("items")
            .get(0);
    assertThat(reviewed.get("review").get("decision").asText()).isEqualTo("accepted-risk");
    JsonNode listed =
        http.get("/api/v1/reviews?subjectType=finding&decision=accepted-risk", viewer).json();
    assertThat(listed.get("items").get(0).get("subjectKey").asText())
        .isEqualTo("WS-HR-0011|" + reviewed.get("productId").asText());

    // The export carries the decision, the remediation state, its assignee and due date.
    JsonNode hrItem =
        http.get(
                "/api/v1/remediation?host=WS-HR-0011&product=" + reviewed.get("productId").asText(),
                viewer)
            .json()
            .get("items")
            .get(0);
    Http.Response assigned =
        http.postJson(
            "/api/v1/remediation/" + hrItem.get("id").asText() + "/assignment",
            analyst,
            "{\"assignee\": \"bob\", \"comment\": \"desk-side visit\"}");
    assertThat(assigned.json().get("assignee").asText()).as(assigned.body()).isEqualTo("bob");
    assertThat(
            http.get("/api/v1/audit?action=remediation-assigned", viewer)
                .json()
                .get("items")
                .toString())
        .contains("assignee=bob")
        .contains("comment=desk-side visit");
    assertProblem(
        http.postJson("/api/v1/remediation/r-none/assignment", analyst, "{\"assignee\": \"x\"}"),
        404,
        "not-found");
    assertProblem(
        http.postJson(
            "/api/v1/remediation/" + hrItem.get("id").asText() + "/assignment",
            viewer,
            "{\"assignee\": \"x\"}"),
        403,
        "forbidden");
    List<String> lines =
        http.get("/api/v1/findings.csv?host=WS-HR-0011", viewer).body().lines().toList();
    assertThat(lines.get(0))
        .endsWith(
            ",decision,decided_by,decided_at,decision_comment,remediation_state,assignee,"
                + "due_date");
    String expectedTail =
        ",accepted-risk,test-analyst,2024-10-01T12:00:00Z,lab machine,"
            + hrItem.get("state").asText()
            + ",bob,"
            + (hrItem.get("deadline").isNull() ? "" : hrItem.get("deadline").asText());
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(reviewed.get("productId").asText())
                    .endsWith(expectedTail));

    JsonNode byRegime =
        http.get("/api/v1/remediation?regime=us-icts-kaspersky-2024&pageSize=500", viewer).json();
    assertThat(byRegime.get("total").asLong()).isPositive();
    byRegime
        .get("items")
        .forEach(i -> assertThat(i.get("regimeId").asText()).isEqualTo("us-icts-kaspersky-2024"));
    assertThat(
            http.get("/api/v1/remediation?regime=us-far-none", viewer).json().get("total").asLong())
        .isZero();

    // Bulk moves: all or none, each item audited with the comment.
    List<String> open = new java.util.ArrayList<>();
    for (String host : List.of("MBP-DESIGN-03", "srv-mail-01")) {
      http.get("/api/v1/remediation?state=open&host=" + host, viewer)
          .json()
          .get("items")
          .forEach(i -> open.add(i.get("id").asText()));
    }
    assertThat(open).hasSizeGreaterThanOrEqualTo(2);
    String verifiedId = verified.get("id").asText();
    List<String> withVerified = new java.util.ArrayList<>(open);
    withVerified.add(verifiedId);
    long transitionsBefore =
        http.get("/api/v1/audit?action=remediation-transition", viewer)
            .json()
            .get("total")
            .asLong();
    Http.Response refused =
        http.postJson(
            "/api/v1/remediation/transitions",
            analyst,
            Http.json(Map.of("ids", withVerified, "state", "in-progress", "comment", "batch 7")));
    assertProblem(refused, 409, "conflict");
    assertThat(refused.json().get("detail").asText()).contains(verifiedId);
    assertThat(
            http.get("/api/v1/remediation?state=open&host=srv-mail-01", viewer)
                .json()
                .get("total")
                .asLong())
        .as("a refused bulk move moves nothing")
        .isPositive();
    Http.Response bulk =
        http.postJson(
            "/api/v1/remediation/transitions",
            analyst,
            Http.json(Map.of("ids", open, "state", "in-progress", "comment", "batch 7")));
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
    assertThat(bulk.json().get("moved").asInt()).isEqualTo(open.size());
    bulk.json()
        .get("items")
        .forEach(i -> assertThat(i.get("state").asText()).isEqualTo("in-progress"));
    JsonNode audited =
        http.get("/api/v1/audit?action=remediation-transition&pageSize=500", viewer).json();
    assertThat(audited.get("total").asLong()).isEqualTo(transitionsBefore + open.size());
    // one entry per item, each with the comment (entries of one instant come in no set order)
    List<String> bulkDetails = new java.util.ArrayList<>();
    audited
        .get("items")
        .forEach(
            e -> {
              if (open.contains(e.get("subjectId").asText())) {
                bulkDetails.add(e.get("detail").asText());
              }
            });
    assertThat(bulkDetails)
        .hasSize(open.size())
        .allSatisfy(d -> assertThat(d).isEqualTo("open -> in-progress comment=batch 7"));
    assertProblem(
        http.postJson(
            "/api/v1/remediation/transitions",
            viewer,
            Http.json(Map.of("ids", open, "state", "replaced"))),
        403,
        "forbidden");
    assertProblem(
        http.postJson("/api/v1/remediation/transitions", analyst, "{\"state\": \"replaced\"}"),
        400,
        "invalid-parameter");
  }

  private static long prohibitedCount(JsonNode overview) {
    long n = 0;
    for (JsonNode row : overview.get("findingsByRegimeAndStatus")) {
      if (row.get("regimeId").asText().equals("us-icts-kaspersky-2024")
          && row.get("status").asText().equals("prohibited")) {
        n += row.get("count").asLong();
      }
    }
    return n;
  }

  @Test
  void badUploadFailsTheJobWithAClearReason() throws Exception {
    JsonNode job =
        uploadAndWait("garbage.bin", new byte[] {0, 1, 2, 3, 4, 5, (byte) 0xff}, Map.of());
    assertThat(job.get("status").asText()).isEqualTo("failed");
    assertThat(job.get("reason").asText()).contains("no record could be read");
    assertThat(http.get("/healthz", null).status()).isEqualTo(200);
    assertProblem(
        http.upload(analyst, "x.json", new byte[] {1}, Map.of("profile", "no-such-profile")),
        400,
        "invalid-parameter");
    assertProblem(
        http.upload(analyst, "x.json", new byte[] {1}, Map.of("colour", "red")),
        400,
        "unknown-parameter");
    assertProblem(
        http.upload(analyst, "x.json", new byte[] {1}, Map.of("asOf", "tomorrow")),
        400,
        "invalid-parameter");
    assertProblem(
        http.send(
            "POST",
            "/api/v1/scans",
            Map.of(
                "Authorization",
                "Bearer " + analyst,
                "Content-Type",
                "multipart/form-data; boundary=nothing"),
            HttpRequest.BodyPublishers.ofString("not multipart at all")),
        400,
        "invalid-parameter");
  }

  @Test
  void auditRecordsActionsWithoutScreenedNames() throws Exception {
    http.postJson("/api/v1/screen", analyst, "{\"name\": \"Zyxwv Audit Probe Trading\"}");
    JsonNode events = http.get("/api/v1/audit?pageSize=500", viewer).json();
    Set<String> actions = new HashSet<>();
    events.get("items").forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions).contains("key-created", "screening");
    assertThat(events.toString()).doesNotContainIgnoringCase("zyxwv");
    JsonNode onlyScreenings = http.get("/api/v1/audit?action=screening", viewer).json();
    onlyScreenings
        .get("items")
        .forEach(e -> assertThat(e.get("action").asText()).isEqualTo("screening"));
  }

  @Test
  void openApiListsExactlyTheServedOperations() {
    JsonNode doc = http.get("/openapi.json", viewer).json();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    Set<String> documented = new HashSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> documented.add(method + " " + path.getKey())));
    Set<String> served = new HashSet<>();
    server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
    assertThat(documented).isEqualTo(served);
  }

  @Test
  void matchesEntityExamplesLikeYenteWithAnApiKeyHeader() {
    String body =
        "{\"queries\": {\"q1\": {\"schema\": \"Company\", \"properties\": {\"name\": "
            + "[\"Kaspersky Labs Ltd\"], \"country\": [\"ru\"]}}, \"q2\": {\"schema\": \"Person\", "
            + "\"properties\": {\"name\": [\"Kasparov Chess Foundation\"]}}}}";
    Http.Response r =
        http.send(
            "POST",
            "/match/default?threshold=0.76&limit=3",
            Map.of("Authorization", "ApiKey " + viewer, "Content-Type", "application/json"),
            HttpRequest.BodyPublishers.ofString(body));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode q1 = r.json().get("responses").get("q1");
    assertThat(q1.get("status").asInt()).isEqualTo(200);
    JsonNode top = q1.get("results").get(0);
    assertThat(top.get("id").asText()).startsWith("interdict-curated:");
    assertThat(top.get("schema").asText()).isEqualTo("Organization");
    assertThat(top.get("match").asBoolean()).isTrue();
    assertThat(top.get("features").has("country")).isTrue();
    assertThat(top.get("datasets").get(0).asText()).isEqualTo("interdict-curated");
    assertThat(q1.get("query").get("schema").asText()).isEqualTo("Company");
    JsonNode q2 = r.json().get("responses").get("q2");
    q2.get("results").forEach(result -> assertThat(result.get("match").asBoolean()).isFalse());
    Http.Response v1 = http.postJson("/api/v1/match/interdict-curated", viewer, body);
    assertThat(v1.status()).isEqualTo(200);
    assertProblem(http.postJson("/api/v1/match/no-such-list", viewer, body), 404, "not-found");
    assertProblem(
        http.postJson(
            "/match/default",
            viewer,
            "{\"queries\": {\"q\": {\"schema\": \"Person\","
                + " \"properties\": {\"name\": [\"x\"], \"hairColour\": [\"red\"]}}}}"),
        400,
        "invalid-parameter");
    assertProblem(
        http.postJson("/match/default?algorithm=logic-v9", viewer, body), 400, "invalid-parameter");
  }

  @Test
  void acceptsTheKeyInXApiKeyToo() {
    Http.Response r =
        http.send(
            "GET",
            "/api/v1/findings",
            Map.of("X-Api-Key", viewer),
            HttpRequest.BodyPublishers.noBody());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("page").asInt()).isEqualTo(1);
  }

  @Test
  void metricsAreInPrometheusFormat() {
    http.get("/healthz", null);
    http.postJson("/api/v1/screen", analyst, "{\"name\": \"Kaspersky\"}");
    Http.Response r = http.get("/metrics", viewer);
    assertThat(r.contentType()).startsWith("text/plain");
    assertThat(r.body())
        .contains("http_server_requests_seconds_count")
        .contains("route=\"/healthz\"")
        .contains("interdict_screenings_total");
  }

  @Test
  void servesStaticFilesAndWebjars() {
    assertThat(http.get("/", null).body()).contains("interdict static serving test page");
    Http.Response chart = http.get("/webjars/chart.js/4.5.1/dist/chart.umd.js", null);
    assertThat(chart.status()).isEqualTo(200);
  }
}
