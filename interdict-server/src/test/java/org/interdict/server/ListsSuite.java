package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.diff.ListDiffer;
import org.interdict.model.Party;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.server.lists.ListsOptions;
import org.interdict.server.lists.ListsService;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists that stay current, end to end over real HTTP against a real database (subclasses: SQLite,
 * PostgreSQL): a loopback "official source" serves the real OFAC SDN files of 2024-04-26, then of
 * 2024-05-03; stored parties include names near entries added that week; after the update the
 * server must record exactly the hit changes a full re-screen finds, and a loopback webhook
 * receiver must get them with a valid signature. Then a failing webhook is retried and recorded,
 * and an ownership import flags a company 50%-owned by two listed parties and a Kaspersky
 * subsidiary, with the paths.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ListsSuite {
  static final Path SDN =
      Prerequisites.sharedDir().resolve("data").resolve("lists").resolve("us_ofac_sdn");
  static final String SECRET = "test-webhook-secret";
  Path dataDir;
  LoopbackServers loopback;
  TestClock clock;
  InterdictServer server;
  Http http;
  String admin;
  final List<String> storedNames = new ArrayList<>();

  abstract ServerConfig config(Path dataDir);

  @BeforeAll
  void start(@TempDir Path dataDir) {
    this.dataDir = dataDir;
    loopback = new LoopbackServers();
    clock = new TestClock(Instant.parse("2024-10-01T12:00:00Z"));
    ListsOptions options =
        ListsOptions.defaults()
            .withSourceUrls(Map.of("us-ofac-sdn", loopback.sourceUrl()))
            .withWebhook(URI.create(loopback.webhookUrl()), Optional.of(SECRET))
            .withRetries(3, Duration.ofMillis(50));
    server =
        InterdictServer.start(
            config(dataDir)
                .withClock(clock)
                .withStaticFilesPath("/org/interdict/server/teststatic"),
            options);
    http = new Http(server.port());
    admin = server.initialAdminKey().orElseThrow();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (loopback != null) {
      loopback.close();
    }
  }

  static Path week(String date) {
    Path folder = SDN.resolve(date);
    Prerequisites.require(
        Files.isRegularFile(folder.resolve("sdn.csv")),
        "shared SDN snapshot " + folder + " is absent");
    return folder;
  }

  /**
   * Skips (or, with shared data required, fails) a test that builds on what the earlier tests
   * stored from the two SDN weeks, when those weeks are absent: those tests were skipped, so there
   * is nothing stored to check.
   */
  static void requireBothWeeks() {
    week("2024-04-26");
    week("2024-05-03");
  }

  JsonNode post(String path, String contentType, String body) {
    Http.Response r =
        http.send(
            "POST",
            path,
            Map.of("Authorization", "Bearer " + admin, "Content-Type", contentType),
            HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  JsonNode get(String path) {
    Http.Response r = http.get(path, admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  JsonNode update() {
    return post("/api/v1/lists/update", "application/json", "{\"sources\": [\"us-ofac-sdn\"]}");
  }

  @Test
  @Order(1)
  void listsInForceStartAsTheBundledSnapshot() {
    JsonNode lists = get("/api/v1/lists");
    assertThat(lists.get("source").asText()).isEqualTo("bundled");
    assertThat(lists.get("lists").get(0).get("listId").asText()).isEqualTo("interdict-curated");
    assertThat(lists.get("lists").get(0).get("ageDays").asLong()).isPositive();
  }

  @Test
  @Order(2)
  void firstUpdateStoresTheSnapshotAndPutsItInForce() {
    loopback.sourceFolder.set(week("2024-04-26"));
    JsonNode answer = update();
    assertThat(answer.get("sources").get(0).get("result").asText())
        .as(answer.toString())
        .isEqualTo("updated");
    assertThat(answer.get("changed").asBoolean()).isTrue();
    JsonNode lists = answer.get("lists");
    assertThat(lists.get("source").asText()).isEqualTo("snapshot-store");
    assertThat(lists.get("snapshots").get(0).get("sourceId").asText()).isEqualTo("us-ofac-sdn");
    assertThat(lists.get("lastAttempts").get(0).get("result").asText()).isEqualTo("updated");
    assertThat(lists.toString()).contains("us-ofac-sdn");
    // the same files again: nothing changes, no new run
    clock.advance(Duration.ofHours(1));
    JsonNode again = update();
    assertThat(again.get("changed").asBoolean()).isFalse();
    assertThat(again.get("rescreen").isNull()).isTrue();
  }

  /**
   * Stored parties near the entries added in the second week, a few near old entries, and unrelated
   * names.
   */
  @Test
  @Order(3)
  void storesPartiesAsCsvAndFromScreenings() {
    storedNames.addAll(namesNearTheSecondWeek());
    StringBuilder csv = new StringBuilder("id,name,type,country\n");
    for (int i = 0; i < storedNames.size(); i++) {
      csv.append("c-")
          .append(i)
          .append(",\"")
          .append(storedNames.get(i).replace("\"", "\"\""))
          .append("\",,\n");
    }
    csv.append("c-bad,,,\n");
    JsonNode imported = post("/api/v1/parties", "text/csv", csv.toString());
    assertThat(imported.get("created").asInt()).isEqualTo(storedNames.size());
    assertThat(imported.get("errors").get(0).asText())
        .contains("upload.csv:" + (storedNames.size() + 2))
        .contains("'name' is missing");
    JsonNode screened =
        post("/api/v1/screen", "application/json", "{\"name\": \"Tikhonov Andrei Gennadyevich\"}");
    assertThat(screened.get("matches")).isNotEmpty();
    storedNames.add("Tikhonov Andrei Gennadyevich");
    JsonNode parties = get("/api/v1/parties?pageSize=500");
    assertThat(parties.get("total").asInt()).isEqualTo(storedNames.size());
    JsonNode fromScreening = get("/api/v1/parties?origin=screening").get("items").get(0);
    assertThat(fromScreening.get("id").asText()).startsWith("n-");
    assertThat(fromScreening.get("lastHits").get(0).get("partyId").asText())
        .isEqualTo("interdict-curated:tikhonov-andrei-gennadyevich");
    assertThat(fromScreening.get("lastHits").get(0).get("entryHash").asText()).hasSize(64);
  }

  /**
   * Names near 12 entries added in the week to 2024-05-03 (exact, lower case, typo), one old entry,
   * two others.
   */
  static List<String> namesNearTheSecondWeek() {
    LoadedLists before = ListLoader.fromDirectory(week("2024-04-26"));
    LoadedLists after = ListLoader.fromDirectory(week("2024-05-03"));
    List<Party> added = ListDiffer.diff(before.parties(), after.parties()).added();
    assertThat(added).hasSizeGreaterThan(10);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String name = added.get(i * (added.size() / 12)).primaryName();
      names.add(
          i % 3 == 0 ? name : i % 3 == 1 ? name.toLowerCase(java.util.Locale.ROOT) : typo(name));
    }
    names.add(before.parties().get(100).primaryName());
    names.add("Acme Widgets GmbH");
    names.add("Northwind Traders Ltd");
    return names;
  }

  /** One letter of the longest token doubled: near, usually still a hit. */
  static String typo(String name) {
    String[] tokens = name.split(" ");
    int longest = 0;
    for (int i = 1; i < tokens.length; i++) {
      longest = tokens[i].length() > tokens[longest].length() ? i : longest;
    }
    String token = tokens[longest];
    tokens[longest] =
        token.substring(0, token.length() / 2)
            + token.charAt(token.length() / 2)
            + token.substring(token.length() / 2);
    return String.join(" ", tokens);
  }

  @Test
  @Order(4)
  void secondUpdateRecordsExactlyTheHitChangesOfAFullRescreenAndSignsTheWebhook() throws Exception {
    Set<String> expectedNew = new TreeSet<>();
    Set<String> expectedGone = new TreeSet<>();
    fullRescreen(week("2024-04-26"), week("2024-05-03"), expectedNew, expectedGone);
    assertThat(expectedNew).as("the stored names must produce new hits").isNotEmpty();
    int deliveriesBefore = loopback.deliveries.size();
    clock.advance(Duration.ofDays(7));
    loopback.sourceFolder.set(week("2024-05-03"));
    JsonNode answer = update();
    assertThat(answer.get("changed").asBoolean()).isTrue();
    JsonNode run = answer.get("rescreen");
    assertThat(run.get("storedParties").asInt()).isEqualTo(storedNames.size());
    assertThat(run.get("rescreened").asInt()).isLessThan(storedNames.size());
    assertThat(run.get("diff").get("added").asInt()).isPositive();
    assertThat(run.get("listsAfter").asText())
        .matches("interdict-curated@2024-06-24; us-ofac-sdn@2024-10-08T130000Z");
    String runId = run.get("id").asText();
    JsonNode hits = get("/api/v1/rescreen/hits?pageSize=500&run=" + runId);
    Set<String> recordedNew = new TreeSet<>();
    Set<String> recordedGone = new TreeSet<>();
    for (JsonNode hit : hits.get("items")) {
      String key = hit.get("storedPartyName").asText() + " -> " + hit.get("partyId").asText();
      (hit.get("kind").asText().equals("new") ? recordedNew : recordedGone).add(key);
      assertThat(hit.get("snapshotAfter").asText())
          .isNotEqualTo(hit.get("snapshotBefore").asText());
      if (hit.get("kind").asText().equals("new")) {
        assertThat(hit.get("reason").asText()).isIn("entry-added", "entry-changed", "score-moved");
        assertThat(hit.get("explanation").get("scoreParts")).isNotEmpty();
        assertThat(hit.get("entryHash").asText()).hasSize(64);
      }
    }
    assertThat(recordedNew).isEqualTo(expectedNew);
    assertThat(recordedGone).isEqualTo(expectedGone);
    assertThat(get("/api/v1/overview").get("screening").get("openRescreenHits").asLong())
        .isEqualTo(expectedNew.size());
    // a stored party's evidence pack holds its re-screen hits with their explanation
    JsonNode someNew = null;
    for (JsonNode hit : hits.get("items")) {
      if (hit.get("kind").asText().equals("new")) {
        someNew = hit;
      }
    }
    JsonNode partyPack = get("/api/v1/evidence/parties/" + someNew.get("storedPartyId").asText());
    assertThat(partyPack.get("party").get("name").asText())
        .isEqualTo(someNew.get("storedPartyName").asText());
    assertThat(partyPack.get("rescreenHits").toString())
        .contains(someNew.get("id").asText())
        .contains("scoreParts")
        .contains(someNew.get("snapshotAfter").asText());

    JsonNode delivered = awaitWebhook(runId, "delivered");
    assertThat(delivered.get("attempts").asInt()).isEqualTo(1);
    LoopbackServers.Delivery delivery = loopback.deliveries.get(loopback.deliveries.size() - 1);
    assertThat(loopback.deliveries.size()).isGreaterThan(deliveriesBefore);
    assertThat(delivery.header("X-Interdict-Signature")).isEqualTo(hmac(delivery.body()));
    JsonNode body = Http.JSON.readTree(delivery.body());
    assertThat(body.get("runId").asText()).isEqualTo(runId);
    Set<String> notified = new TreeSet<>();
    body.get("newHits")
        .forEach(
            h ->
                notified.add(
                    h.get("storedPartyName").asText() + " -> " + h.get("partyId").asText()));
    assertThat(notified).isEqualTo(expectedNew);
    assertThat(body.get("newHits").get(0).fieldNames())
        .toIterable()
        .doesNotContain("type", "country", "explanation");
    JsonNode audit = get("/api/v1/audit?action=rescreen-completed");
    assertThat(audit.get("items").get(0).get("subjectId").asText()).isEqualTo(runId);
  }

  /**
   * The hit changes of every stored name between two full screenings (bundled list plus one SDN
   * week each).
   */
  void fullRescreen(Path from, Path to, Set<String> newHits, Set<String> goneHits) {
    fullRescreen(storedNames, from, to, newHits, goneHits);
  }

  static void fullRescreen(
      List<String> storedNames, Path from, Path to, Set<String> newHits, Set<String> goneHits) {
    ScreeningIndex before =
        ScreeningIndex.build(ListLoader.bundled().plus(ListLoader.fromDirectory(from)).parties());
    ScreeningIndex after =
        ScreeningIndex.build(ListLoader.bundled().plus(ListLoader.fromDirectory(to)).parties());
    for (String name : storedNames) {
      Set<String> old = ids(before.screen(ListsService.TEMPLATE.withName(name)).matches());
      Set<String> now = ids(after.screen(ListsService.TEMPLATE.withName(name)).matches());
      now.stream().filter(id -> !old.contains(id)).forEach(id -> newHits.add(name + " -> " + id));
      old.stream().filter(id -> !now.contains(id)).forEach(id -> goneHits.add(name + " -> " + id));
    }
  }

  static Set<String> ids(List<Match> matches) {
    Set<String> ids = new HashSet<>();
    matches.forEach(m -> ids.add(m.party().id()));
    return ids;
  }

  static String hmac(byte[] body) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
  }

  JsonNode awaitWebhook(String runId, String status) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      for (JsonNode run : get("/api/v1/rescreen/runs?pageSize=500").get("items")) {
        if (run.get("id").asText().equals(runId)
            && run.get("webhook").get("status").asText().equals(status)) {
          return run.get("webhook");
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("webhook of run " + runId + " did not become " + status);
  }

  @Test
  @Order(5)
  void failingWebhookIsRetriedAndRecordedWithoutFailingTheUpdate() throws InterruptedException {
    loopback.webhookStatus.set(500);
    int before = loopback.deliveries.size();
    clock.advance(Duration.ofDays(7));
    loopback.sourceFolder.set(week("2024-04-26"));
    JsonNode answer = update();
    assertThat(answer.get("changed").asBoolean()).isTrue();
    String runId = answer.get("rescreen").get("id").asText();
    assertThat(answer.get("rescreen").get("goneHits").asInt()).isPositive();
    JsonNode webhook = awaitWebhook(runId, "failed");
    assertThat(webhook.get("attempts").asInt()).isEqualTo(3);
    assertThat(webhook.get("detail").asText()).contains("HTTP 500");
    assertThat(loopback.deliveries.size() - before).isEqualTo(3);
    assertThat(get("/api/v1/audit?action=webhook-failed").get("total").asInt()).isEqualTo(1);
    // the gone hits close the new ones of the previous run
    assertThat(get("/api/v1/overview").get("screening").get("openRescreenHits").asLong()).isZero();
    loopback.webhookStatus.set(200);
  }

  @Test
  @Order(6)
  void ownershipImportFlagsAggregateOwnershipAndAKasperskySubsidiaryWithThePath() {
    String csv =
        "owner,owned,percent,relation,source\n"
            + "Andrei Gennadyevich Tikhonov,Example Holding Co,30,owns,registry-1\n"
            + "Igor Gennadyevich Chekunov,Example Holding Co,20%,owns,registry-2\n"
            + "Northwind Traders Ltd,Example Holding Co,50,owns,registry-3\n"
            + "AO Kaspersky Lab,Kaspersky Example Subsidiary GmbH,,parent-of,registry-4\n"
            + "Nobody,Somewhere,150,owns,bad-row\n";
    JsonNode imported = post("/api/v1/ownership", "text/csv", csv);
    assertThat(imported.get("imported").asInt()).isEqualTo(4);
    assertThat(imported.get("issues").toString()).contains("upload.csv:6").contains("bad-percent");
    assertThat(get("/api/v1/ownership").get("total").asInt()).isEqualTo(4);

    JsonNode screened =
        post("/api/v1/screen", "application/json", "{\"name\": \"Example Holding Co\"}");
    JsonNode flag = flag(screened, "ofac-50-percent");
    assertThat(flag.get("aggregatePercent").asDouble()).isEqualTo(50.0);
    assertThat(flag.get("citations").get(0).asText()).contains("OFAC");
    Set<String> owners = new TreeSet<>();
    flag.get("paths").forEach(p -> owners.add(p.get("listed").get("partyId").asText()));
    assertThat(owners)
        .containsExactly(
            "interdict-curated:chekunov-igor-gennadyevich",
            "interdict-curated:tikhonov-andrei-gennadyevich");
    assertThat(flag.get("paths").get(0).get("edges").get(0).get("owned").asText())
        .isEqualTo("Example Holding Co");

    JsonNode searched = get("/api/v1/search?name=kaspersky%20example%20subsidiary%20gmbh");
    JsonNode subsidiary = flag(searched, "prohibited-vendor-affiliate");
    assertThat(subsidiary.get("paths").get(0).get("description").asText())
        .isEqualTo("AO Kaspersky Lab -[parent-of]-> Kaspersky Example Subsidiary GmbH");
    assertThat(
            flag(
                post("/api/v1/screen", "application/json", "{\"name\": \"Northwind Traders Ltd\"}"),
                null))
        .isNull();
  }

  static JsonNode flag(JsonNode answer, String ruleId) {
    for (JsonNode flag : answer.get("ownership")) {
      if (flag.get("ruleId").asText().equals(ruleId)) {
        return flag;
      }
    }
    if (ruleId == null) {
      assertThat(answer.get("ownership")).isEmpty();
      return null;
    }
    throw new AssertionError("no " + ruleId + " flag in " + answer.get("ownership"));
  }

  @Test
  @Order(7)
  void reloadWithoutAChangeRecordsNothing() {
    long runs = get("/api/v1/rescreen/runs").get("total").asLong();
    JsonNode answer = post("/api/v1/lists/reload", "application/json", "{}");
    assertThat(answer.get("changed").asBoolean()).isFalse();
    assertThat(get("/api/v1/rescreen/runs").get("total").asLong()).isEqualTo(runs);
    Http.Response analyst = http.postJson("/api/v1/lists/reload", createAnalyst(), "{}");
    assertThat(analyst.status()).isEqualTo(403);
    Http.Response unknown =
        http.postJson("/api/v1/lists/update", admin, "{\"sources\": [\"us-nowhere\"]}");
    ApiSuite.assertProblem(unknown, 400, "invalid-parameter");
    assertThat(unknown.json().get("detail").asText())
        .contains("us-nowhere")
        .contains("us-ofac-sdn");
    ApiSuite.assertProblem(
        http.postJson("/api/v1/parties", admin, "[{\"name\": \"A\", \"colour\": \"red\"}]"),
        400,
        "unknown-parameter");
    ApiSuite.assertProblem(
        http.get("/api/v1/rescreen/hits?kind=maybe", admin), 400, "invalid-parameter");
    try (var cron = org.interdict.lists.snapshot.SnapshotStore.at(dataDir).lock()) {
      assertThat(cron).isNotNull();
      Http.Response locked =
          http.postJson("/api/v1/lists/update", admin, "{\"sources\": [\"us-ofac-sdn\"]}");
      ApiSuite.assertProblem(locked, 409, "conflict");
      assertThat(locked.json().get("detail").asText()).contains("another update or import");
    }
  }

  @Test
  @Order(8)
  void ownershipEdgesCanComeAsJson() {
    JsonNode imported =
        post(
            "/api/v1/ownership",
            "application/json",
            "{\"edges\": [{\"owner\": "
                + "\"Kaspersky Second GmbH\", \"owned\": \"Kaspersky Labs Limited\", \"relation\": \"subsidiary-of\"}, "
                + "{\"owner\": \"X\", \"owned\": \"Y\", \"relation\": \"cousin-of\"}]}");
    assertThat(imported.get("imported").asInt()).isEqualTo(1);
    assertThat(imported.get("issues").get(0).get("issueId").asText()).isEqualTo("unknown-relation");
    assertThat(imported.get("issues").get(0).get("location").asText()).isEqualTo("api#/edges/1");
    JsonNode flag =
        flag(get("/api/v1/search?name=Kaspersky%20Second%20GmbH"), "prohibited-vendor-affiliate");
    assertThat(flag.get("paths").get(0).get("description").asText())
        .isEqualTo("Kaspersky Labs Limited -[parent-of]-> Kaspersky Second GmbH");
  }

  /**
   * The diff of the two stored SDN weeks through the API equals the core differ's on the same
   * files, entry for entry; an unknown snapshot is a 404 naming it.
   */
  @Test
  @Order(9)
  void listsDiffBetweenTwoStoredSnapshotsIsTheCoreDiffOfTheirFiles() {
    requireBothWeeks();
    JsonNode snapshots = get("/api/v1/lists/snapshots").get("items");
    List<JsonNode> sdn = new ArrayList<>();
    for (JsonNode snapshot : snapshots) {
      if (snapshot.get("sourceId").asText().equals("us-ofac-sdn")) {
        sdn.add(snapshot);
      }
    }
    // newest first: the oldest is the 2024-04-26 week, the one after it the 2024-05-03 week
    assertThat(sdn).as(snapshots.toString()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(sdn).filteredOn(snapshot -> snapshot.get("inForce").asBoolean()).hasSize(1);
    JsonNode oldest = sdn.get(sdn.size() - 1);
    String first = oldest.get("snapshotId").asText();
    String second = sdn.get(sdn.size() - 2).get("snapshotId").asText();
    JsonNode diff = get("/api/v1/lists/diff?source=us-ofac-sdn&from=" + first + "&to=" + second);
    var expected =
        ListDiffer.diff(
            ListLoader.fromDirectory(week("2024-04-26")).parties(),
            ListLoader.fromDirectory(week("2024-05-03")).parties());
    assertThat(diff.get("complete").asBoolean()).as("both weeks read in full").isTrue();
    assertThat(diff.get("incompleteness")).isEmpty();
    assertThat(diff.get("counts").get("added").asInt()).isEqualTo(expected.added().size());
    assertThat(diff.get("counts").get("removed").asInt()).isEqualTo(expected.removed().size());
    assertThat(diff.get("counts").get("changed").asInt()).isEqualTo(expected.changed().size());
    assertThat(diff.get("counts").get("unchanged").asInt()).isEqualTo(expected.unchangedCount());
    List<String> added = new ArrayList<>();
    diff.get("added")
        .forEach(e -> added.add(e.get("id").asText() + " " + e.get("primaryName").asText()));
    assertThat(added)
        .containsExactlyElementsOf(
            expected.added().stream().limit(500).map(p -> p.id() + " " + p.primaryName()).toList());
    List<String> changed = new ArrayList<>();
    diff.get("changed")
        .forEach(
            c -> {
              List<String> fields = new ArrayList<>();
              c.get("fields").forEach(f -> fields.add(f.get("field").asText()));
              changed.add(c.get("id").asText() + " " + fields);
            });
    assertThat(changed)
        .containsExactlyElementsOf(
            expected.changed().stream().limit(500).map(c -> c.id() + " " + c.fieldIds()).toList());
    // the same snapshot on both sides: nothing changed
    JsonNode same = get("/api/v1/lists/diff?source=us-ofac-sdn&from=" + first + "&to=" + first);
    assertThat(same.get("counts").get("added").asInt()).isZero();
    assertThat(same.get("counts").get("changed").asInt()).isZero();
    assertThat(same.get("counts").get("unchanged").asInt())
        .isEqualTo(
            expected.unchangedCount() + expected.changed().size() + expected.removed().size());
    Http.Response unknown =
        http.get(
            "/api/v1/lists/diff?source=us-ofac-sdn&from=2001-01-01T000000Z&to=" + second, admin);
    ApiSuite.assertProblem(unknown, 404, "not-found");
    assertThat(unknown.json().get("detail").asText()).contains("2001-01-01T000000Z");
    ApiSuite.assertProblem(
        http.get("/api/v1/lists/diff?source=../../etc&from=" + first + "&to=" + second, admin),
        404,
        "not-found");
    ApiSuite.assertProblem(
        http.get("/api/v1/lists/diff?source=us-ofac-sdn&from=" + first, admin),
        400,
        "invalid-parameter");
  }

  /**
   * The neighbourhood of a node: its owners with their percentages and the flag with its path; a
   * node not in the graph is a 404; without a node, the flagged nodes to start from.
   */
  @Test
  @Order(10)
  void ownershipGraphShowsANodesOwnersAndTheFlagThatPathExplains() {
    JsonNode start = get("/api/v1/ownership/graph");
    assertThat(start.get("node").isNull()).isTrue();
    assertThat(start.get("flaggedNodes").toString())
        .contains("Example Holding Co")
        .contains("Kaspersky Example Subsidiary GmbH");
    JsonNode graph = get("/api/v1/ownership/graph?node=example%20holding%20co");
    assertThat(graph.get("node").asText()).isEqualTo("Example Holding Co");
    Map<String, Integer> levels = new LinkedHashMap<>();
    graph.get("nodes").forEach(n -> levels.put(n.get("name").asText(), n.get("level").asInt()));
    assertThat(levels)
        .containsEntry("Example Holding Co", 0)
        .containsEntry("Andrei Gennadyevich Tikhonov", -1)
        .containsEntry("Igor Gennadyevich Chekunov", -1)
        .containsEntry("Northwind Traders Ltd", -1)
        .hasSize(4);
    Map<String, Double> percents = new LinkedHashMap<>();
    graph
        .get("edges")
        .forEach(e -> percents.put(e.get("owner").asText(), e.get("percent").asDouble()));
    assertThat(percents)
        .containsEntry("Andrei Gennadyevich Tikhonov", 30.0)
        .containsEntry("Igor Gennadyevich Chekunov", 20.0)
        .containsEntry("Northwind Traders Ltd", 50.0);
    JsonNode flag = graph.get("flags").get(0);
    assertThat(flag.get("ruleId").asText()).isEqualTo("ofac-50-percent");
    assertThat(flag.get("paths").get(0).get("edges").get(0).get("owned").asText())
        .isEqualTo("Example Holding Co");
    JsonNode owner = get("/api/v1/ownership/graph?node=Northwind%20Traders%20Ltd&depth=1");
    assertThat(owner.get("flags")).isEmpty();
    assertThat(owner.get("nodes").toString()).contains("Example Holding Co");
    ApiSuite.assertProblem(
        http.get("/api/v1/ownership/graph?node=Nobody%20Anywhere", admin), 404, "not-found");
    ApiSuite.assertProblem(
        http.get("/api/v1/ownership/graph?node=X&depth=9", admin), 400, "invalid-parameter");
  }

  /** Search by part of a name or id, case ignored, with LIKE wildcards taken literally. */
  @Test
  @Order(11)
  void storedPartiesAreSearchedByPartOfTheirNameOrId() {
    requireBothWeeks();
    String part = "tikhonov";
    long expected =
        storedNames.stream()
            .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(part))
            .count();
    JsonNode found = get("/api/v1/parties?pageSize=500&q=TIKHONOV");
    assertThat(expected).isPositive();
    assertThat(found.get("total").asLong()).isEqualTo(expected);
    found
        .get("items")
        .forEach(
            p ->
                assertThat(p.get("name").asText().toLowerCase(java.util.Locale.ROOT))
                    .contains(part));
    assertThat(get("/api/v1/parties?q=c-1").get("items").get(0).get("id").asText())
        .startsWith("c-1");
    assertThat(get("/api/v1/parties?q=%25").get("total").asLong()).isZero();
    assertThat(get("/api/v1/parties?q=_").get("total").asLong()).isZero();
    ApiSuite.assertProblem(http.get("/api/v1/parties?q=", admin), 400, "invalid-parameter");
  }

  String createAnalyst() {
    return http.postJson(
            "/api/v1/keys",
            admin,
            Http.json(new LinkedHashMap<>(Map.of("name", "lists-analyst", "role", "analyst"))))
        .json()
        .get("key")
        .asText();
  }
}
