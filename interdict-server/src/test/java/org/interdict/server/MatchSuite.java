package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.screening.ScreeningQuery;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The yente-compatible {@code /match} and {@code /algorithms} API over real HTTP on loopback,
 * against the real UN consolidated list (2026-02-27) and OFAC SDN (2024-05-03) of the shared data,
 * with keys sent as yente clients send them ({@code Authorization: ApiKey <key>}). Subclasses
 * choose SQLite or PostgreSQL. It sends the request of yente's own client example and checks the
 * answer against yente's response models ({@link YenteModel}), and keeps the worked example of
 * docs/api.md true: the documented request, sent as documented, must answer every documented field
 * with the documented value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MatchSuite {
  static final Path LISTS = Prerequisites.sharedDir().resolve("data").resolve("lists");
  static final Path API_DOC = Path.of("..", "docs", "api.md");

  /**
   * yente's {@code examples/match_api.py} batch: a person by two names in two scripts and a birth
   * year, a company by name and a jurisdiction written as a country name.
   */
  static final String YENTE_EXAMPLE_BATCH =
      "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\":"
          + " [\"Arkadiii Romanovich Rotenberg\", \"Ротенберг Аркадий\"], \"birthDate\":"
          + " [\"1951\"]}}, \"q2\": {\"schema\": \"Company\", \"properties\": {\"name\":"
          + " [\"Stroygazmontazh\"], \"jurisdiction\": [\"Russia\"]}}}}";

  Path dataDir;
  InterdictServer server;
  Http http;
  String admin;
  String viewer;

  abstract ServerConfig config(Path dataDir);

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    Path un = LISTS.resolve("un_sc_consolidated");
    Path sdn = LISTS.resolve("us_ofac_sdn");
    Prerequisites.require(
        Files.isDirectory(un) && Files.isDirectory(sdn), "shared UN and SDN lists not at " + LISTS);
    dataDir = dir.resolve("data");
    Path lists = Files.createDirectories(dir.resolve("lists"));
    linkFiles(un, lists.resolve("un_sc_consolidated"));
    linkFiles(sdn, lists.resolve("us_ofac_sdn"));
    Files.createDirectories(dataDir);
    server = InterdictServer.start(config(dataDir).withListsDir(Optional.of(lists)));
    http = new Http(server.port());
    admin = server.initialAdminKey().orElseThrow();
    Http.Response created =
        http.postJson(
            "/api/v1/keys", admin, Http.json(Map.of("name", "yente-client", "role", "viewer")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    viewer = created.json().get("key").asText();
  }

  /**
   * Mirrors a folder tree with links to its files (the lists reader does not follow linked
   * folders).
   */
  private static void linkFiles(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path link = to.resolve(from.relativize(file).toString());
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, file);
      }
    }
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** A POST as yente's Python client sends it: JSON body, {@code Authorization: Apikey <key>}. */
  Http.Response post(String path, String scheme, String key, String body) {
    return http.send(
        "POST",
        path,
        Map.of("Authorization", scheme + " " + key, "Content-Type", "application/json"),
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  Http.Response match(String path, String body) {
    return post(path, "ApiKey", viewer, body);
  }

  @Test
  void yentesClientExampleGetsAnAnswerThatParsesAsYentesModel() {
    Http.Response r =
        post("/match/default?algorithm=best&fuzzy=false", "Apikey", viewer, YENTE_EXAMPLE_BATCH);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.raw().headers().firstValue("x-batch-size")).contains("2");
    JsonNode body = r.json();
    YenteModel.assertMatchResponse(body);
    assertThat(body.get("limit").asInt()).isEqualTo(5);
    JsonNode q1 = body.get("responses").get("q1");
    JsonNode rotenberg = q1.get("results").get(0);
    assertThat(rotenberg.get("id").asText()).isEqualTo("us-ofac-sdn:16669");
    assertThat(rotenberg.get("caption").asText()).isEqualTo("ROTENBERG, Arkady Romanovich");
    assertThat(rotenberg.get("schema").asText()).isEqualTo("Person");
    assertThat(rotenberg.get("match").asBoolean()).isTrue();
    assertThat(rotenberg.get("properties").get("birthDate").get(0).asText())
        .isEqualTo("1951-12-15");
    assertThat(rotenberg.get("explanations").get("birth-date").get("score").asDouble())
        .isPositive();
    JsonNode q2 = body.get("responses").get("q2");
    assertThat(q2.get("results").get(0).get("caption").asText()).isEqualTo("STROYGAZMONTAZH");
    assertThat(q2.get("query").get("properties").get("jurisdiction").get(0).asText())
        .isEqualTo("ru");
    for (JsonNode response : List.of(q1, q2)) {
      long matches = 0;
      for (JsonNode result : response.get("results")) {
        assertThat(result.fieldNames()).toIterable().containsAll(YenteModel.ENTITY_KEYS);
        assertThat(result.get("datasets").get(0).asText())
            .isIn("us-ofac-sdn", "un-sc-consolidated");
        assertThat(result.get("last_seen").asText())
            .isIn("2024-05-03T00:00:00", "2026-02-27T00:00:00");
        matches += result.get("match").asBoolean() ? 1 : 0;
      }
      assertThat(response.get("total").get("value").asLong()).isGreaterThanOrEqualTo(matches);
    }
  }

  @Test
  void aPropertyGivenAsOneStringNamePartsAndANullExampleAreReadAsYenteReadsThem() {
    Http.Response r =
        match(
            "/match/default",
            "{\"queries\": {\"skipped\": null, \"z\": {\"schema\": \"Person\", \"properties\": {\"firstName\":"
                + " \"Arkady\", \"lastName\": [\"Rotenberg\"], \"birthDate\": [\"1951\"],"
                + " \"country\": \"Russia\"}}}}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    YenteModel.assertMatchResponse(r.json());
    JsonNode z = r.json().get("responses").get("z");
    assertThat(r.json().get("responses").has("skipped")).as("a null example, as yente").isFalse();
    assertThat(z.get("query").get("properties").get("country").get(0).asText()).isEqualTo("ru");
    assertThat(z.get("results").get(0).get("id").asText()).isEqualTo("us-ofac-sdn:16669");
    assertThat(z.get("results").get(0).get("explanations").get("name").get("query").asText())
        .isEqualTo("Arkady Rotenberg");
  }

  /**
   * Properties FollowTheMoney's schemas lack (from the followthemoney schema definitions) among
   * those results use: a result must not carry one.
   */
  static final Map<String, Set<String>> NOT_IN_SCHEMA =
      Map.of(
          "Person", Set.of("imoNumber", "mmsi", "callSign"),
          "Organization",
              Set.of("birthDate", "nationality", "citizenship", "gender", "passportNumber", "mmsi"),
          "Vessel",
              Set.of("birthDate", "nationality", "idNumber", "taxNumber", "swiftBic", "leiCode"));

  /**
   * nomenklatura's {@code YenteEnricher} sends one query named {@code entity} with every matchable
   * property of an entity, and {@code fuzzy=False} as Python writes it.
   */
  @Test
  void nomenklaturasEnricherRequestIsAnsweredWithPropertiesOfEachSchema() {
    String vessel =
        "{\"queries\": {\"entity\": {\"schema\": \"Vessel\", \"properties\": {\"name\":"
            + " [\"Artavil\"], \"imoNumber\": [\"9187629\"], \"mmsi\": [\"572469210\"],"
            + " \"callSign\": [\"T2EU4\"], \"flag\": [\"ir\"], \"type\": [\"Crude/Oil"
            + " Products Tanker\"], \"grossRegisteredTonnage\": [\"56068\"],"
            + " \"pastFlags\": [\"mt\", \"tv\"]}}}}";
    String person =
        "{\"queries\": {\"entity\": {\"schema\": \"Person\", \"properties\": {\"name\":"
            + " [\"Arkady Rotenberg\"], \"birthDate\": [\"1951-12-15\"], \"birthPlace\":"
            + " [\"Leningrad\"], \"gender\": [\"male\"], \"nationality\": [\"ru\"],"
            + " \"taxNumber\": [\"780619032880\"], \"topics\": [\"sanction\"],"
            + " \"position\": [\"Businessman\"], \"email\": [\"a@example.org\"]}}}}";
    String params = "?fuzzy=False&algorithm=best&cutoff=0.5";
    for (String body : List.of(vessel, person)) {
      Http.Response r = match("/match/default" + params, body);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      YenteModel.assertMatchResponse(r.json());
      JsonNode results = r.json().get("responses").get("entity").get("results");
      assertThat(results).isNotEmpty();
      for (JsonNode result : results) {
        Set<String> lacking = NOT_IN_SCHEMA.get(result.get("schema").asText());
        assertThat(lacking).as(result.get("schema").asText()).isNotNull();
        assertThat(result.get("properties").fieldNames())
            .toIterable()
            .as(result.get("id").asText())
            .doesNotContainAnyElementsOf(lacking);
      }
      JsonNode top = results.get(0);
      assertThat(top.get("match").asBoolean()).isTrue();
      assertThat(top.get("explanations").get("identifier").get("score").asDouble())
          .isGreaterThanOrEqualTo(0);
    }
    JsonNode artavil =
        match("/match/default" + params, vessel)
            .json()
            .get("responses")
            .get("entity")
            .get("results")
            .get(0);
    assertThat(artavil.get("id").asText()).isEqualTo("us-ofac-sdn:15036");
    assertThat(artavil.get("properties").get("mmsi").get(0).asText()).isEqualTo("572469210");
    assertThat(artavil.get("properties").get("imoNumber").get(0).asText()).isEqualTo("9187629");
  }

  @Test
  void algorithmsAnswersYentesModelAndNamesEveryScorePartAResultCarries() {
    Http.Response r =
        http.send(
            "GET",
            "/algorithms",
            Map.of("Authorization", "ApiKey " + viewer),
            HttpRequest.BodyPublishers.noBody());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode body = r.json();
    YenteModel.assertAlgorithmResponse(body);
    assertThat(body.get("best").asText()).isEqualTo(ScreeningQuery.DEFAULT_SCORER);
    List<String> names = new ArrayList<>();
    body.get("algorithms").forEach(a -> names.add(a.get("name").asText()));
    assertThat(names).containsExactlyElementsOf(ScreeningQuery.SCORERS);
    assertThat(http.get("/api/v1/algorithms", viewer).body()).isEqualTo(r.body());
    for (JsonNode algorithm : body.get("algorithms")) {
      String name = algorithm.get("name").asText();
      JsonNode results =
          match("/match/default?algorithm=" + name, YENTE_EXAMPLE_BATCH)
              .json()
              .get("responses")
              .get("q1")
              .get("results");
      Set<String> reported = new HashSet<>();
      results.get(0).get("explanations").fieldNames().forEachRemaining(reported::add);
      List<String> documented = new ArrayList<>();
      algorithm.get("features").fieldNames().forEachRemaining(documented::add);
      // every part core says the scorer can write but the final score (retrieved-by-identifier
      // only on a match found by identifier), in core's order, and this result's among them
      List<String> written = new ArrayList<>();
      ScreeningQuery.partIdsOf(name).forEach(part -> written.add(part.id()));
      written.remove("score");
      assertThat(documented).as(name).containsExactlyElementsOf(written);
      assertThat(documented).as(name).containsAll(reported);
      Set<String> unreported = new HashSet<>(documented);
      unreported.removeAll(reported);
      assertThat(unreported).as(name).isSubsetOf(Set.of("retrieved-by-identifier"));
    }
  }

  @Test
  void datasetsSchemasAndEntityIdsNarrowTheResultsAsInYente() {
    String zawahiri =
        "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\":"
            + " [\"Ayman al-Zawahiri\"], \"birthDate\": [\"1951-06-19\"]}}}}";
    assertThat(datasets(match("/match/default?limit=10", zawahiri)))
        .contains("un-sc-consolidated", "us-ofac-sdn");
    assertThat(datasets(match("/match/sanctions?limit=10", zawahiri)))
        .contains("un-sc-consolidated", "us-ofac-sdn");
    assertThat(datasets(match("/match/un-sc-consolidated?limit=10", zawahiri)))
        .containsOnly("un-sc-consolidated");
    assertThat(datasets(match("/match/default?limit=10&include_dataset=us-ofac-sdn", zawahiri)))
        .containsOnly("us-ofac-sdn");
    assertThat(
            datasets(
                match(
                    "/match/default?limit=10&exclude_dataset=us-ofac-sdn"
                        + "&exclude_dataset=interdict-curated",
                    zawahiri)))
        .containsOnly("un-sc-consolidated");
    assertThat(results(match("/match/un-sc-consolidated?include_dataset=us-ofac-sdn", zawahiri)))
        .isEmpty();
    assertThat(results(match("/match/default?exclude_schema=Person", zawahiri))).isEmpty();
    List<JsonNode> all = results(match("/match/default?limit=10", zawahiri));
    String first = all.get(0).get("id").asText();
    List<JsonNode> without =
        results(match("/match/default?limit=10&exclude_entity_ids=" + first, zawahiri));
    assertThat(without).extracting(n -> n.get("id").asText()).doesNotContain(first);
    assertThat(without).hasSize(all.size() < 10 ? all.size() - 1 : 10);
    for (JsonNode result : results(match("/match/default?limit=10&cutoff=0.9", zawahiri))) {
      assertThat(result.get("score").asDouble()).isGreaterThan(0.9);
    }
    JsonNode response =
        match("/match/default?limit=1&threshold=0.5", zawahiri).json().get("responses").get("q");
    assertThat(response.get("results")).hasSize(1);
    long matching = all.stream().filter(n -> n.get("score").asDouble() >= 0.5).count();
    assertThat(response.get("total").get("value").asLong()).isEqualTo(matching);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/match/no-such-list|404|{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\":"
            + " {\"name\": [\"x\"]}}}}",
        "/match/default?algorithm=logic-v2|400|{\"queries\": {\"q\": {\"schema\": \"Person\","
            + " \"properties\": {\"name\": [\"x\"]}}}}",
        "/match/default?topics=sanction|400|{\"queries\": {\"q\": {\"schema\": \"Person\","
            + " \"properties\": {\"name\": [\"x\"]}}}}",
        "/match/default?changed_since=2024-01-01|400|{\"queries\": {\"q\": {\"schema\":"
            + " \"Person\", \"properties\": {\"name\": [\"x\"]}}}}",
        "/match/default?exclude_schema=Company|400|{\"queries\": {\"q\": {\"schema\":"
            + " \"Person\", \"properties\": {\"name\": [\"x\"]}}}}",
        "/match/default?colour=red|400|{\"queries\": {\"q\": {\"schema\": \"Person\","
            + " \"properties\": {\"name\": [\"x\"]}}}}",
        "/match/default|400|{\"queries\": {}}",
        "/match/default|400|{\"queries\": {\"q\": null}}",
        "/match/default|400|{\"queries\": {\"q\": {\"schema\": \"Banana\", \"properties\":"
            + " {\"name\": [\"x\"]}}}}",
        "/match/default|400|{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\":"
            + " {\"name\": [\"x\"], \"hairColour\": [\"red\"]}}}}",
        "/match/default|400|{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\":"
            + " {\"name\": [\"x\"], \"birthDate\": [\"last spring\"]}}}}",
        "/match/default|400|{\"weights\": {\"name_literal\": 0.8}, \"queries\": {\"q\":"
            + " {\"schema\": \"Person\", \"properties\": {\"name\": [\"x\"]}}}}",
        "/match/default|400|{\"config\": {\"nm_number_mismatch\": 0.4}, \"queries\": {\"q\":"
            + " {\"schema\": \"Person\", \"properties\": {\"name\": [\"x\"]}}}}",
      })
  void refusalsCarryYentesDetailField(String path, int status, String body) {
    Http.Response r = match(path, body);
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    YenteModel.assertError(r.json());
  }

  @Test
  void keysAreCheckedAndRolesKeptWhateverTheScheme() {
    String body = YENTE_EXAMPLE_BATCH;
    assertThat(
            http.send(
                    "POST",
                    "/match/default",
                    Map.of("Content-Type", "application/json"),
                    HttpRequest.BodyPublishers.ofString(body))
                .status())
        .isEqualTo(401);
    assertThat(post("/match/default", "ApiKey", "idk_not-a-key", body).status()).isEqualTo(401);
    assertThat(post("/match/default", "Bearer", viewer, body).status()).isEqualTo(200);
    assertThat(post("/api/v1/match/default", "APIKEY", viewer, body).status()).isEqualTo(200);
  }

  /**
   * docs/api.md's worked example: the curl request after {@code <!-- match-example: request -->},
   * sent as written, answers the JSON after {@code <!-- match-example: response -->}: every
   * documented field, with the documented value ({@code "..."} stands for anything; a {@code "...":
   * "..."} field for fields left out; a last {@code "..."} element for elements left out).
   */
  @Test
  void theWorkedExampleOfTheApiDocsIsTrue() throws IOException {
    String doc = Files.readString(API_DOC, StandardCharsets.UTF_8);
    String request = block(doc, "<!-- match-example: request -->", "```bash");
    String documented = block(doc, "<!-- match-example: response -->", "```json");
    Matcher curl =
        Pattern.compile("'localhost:8080(/match/[^']+)' -d '(.*)'", Pattern.DOTALL)
            .matcher(request);
    assertThat(curl.find()).as(request).isTrue();
    assertThat(request).contains("Authorization: ApiKey $KEY");
    Http.Response r = match(curl.group(1), curl.group(2));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    YenteModel.assertMatchResponse(r.json());
    List<String> differences = new ArrayList<>();
    compare(Http.JSON.readTree(documented), r.json(), "$", differences);
    assertThat(differences).as("docs/api.md example vs the server's answer").isEmpty();
  }

  private static String block(String doc, String marker, String fence) {
    int at = doc.indexOf(marker);
    assertThat(at).as("docs/api.md lacks " + marker).isNotNegative();
    int start = doc.indexOf(fence, at) + fence.length();
    return doc.substring(start, doc.indexOf("```", start)).strip();
  }

  private static void compare(JsonNode documented, JsonNode actual, String at, List<String> out) {
    if (documented.isTextual() && documented.asText().equals("...")) {
      return;
    }
    if (actual == null) {
      out.add(at + " is missing");
      return;
    }
    if (documented.getNodeType() != actual.getNodeType()) {
      out.add(at + " is " + actual.getNodeType() + " " + actual + ", documented " + documented);
    } else if (documented.isObject()) {
      documented
          .fields()
          .forEachRemaining(
              f -> {
                if (!f.getKey().equals("...")) {
                  compare(f.getValue(), actual.get(f.getKey()), at + "." + f.getKey(), out);
                }
              });
    } else if (documented.isArray()) {
      int n = documented.size();
      boolean open = n > 0 && documented.get(n - 1).asText().equals("...");
      int checked = open ? n - 1 : n;
      if (open ? actual.size() < checked : actual.size() != checked) {
        out.add(at + " has " + actual.size() + " elements, documented " + documented);
        return;
      }
      for (int i = 0; i < checked; i++) {
        compare(documented.get(i), actual.get(i), at + "[" + i + "]", out);
      }
    } else if (documented.isTextual() && documented.asText().endsWith("...")) {
      String prefix = documented.asText().substring(0, documented.asText().length() - 3);
      if (!actual.asText().startsWith(prefix)) {
        out.add(at + " is " + actual + ", documented as starting with " + prefix);
      }
    } else if (documented.isNumber()
        ? Math.abs(documented.asDouble() - actual.asDouble()) > 1e-9
        : !documented.equals(actual)) {
      out.add(at + " is " + actual + ", documented " + documented);
    }
  }

  private static List<JsonNode> results(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> results = new ArrayList<>();
    r.json().get("responses").get("q").get("results").forEach(results::add);
    return results;
  }

  private static Set<String> datasets(Http.Response r) {
    Set<String> datasets = new HashSet<>();
    results(r).forEach(n -> n.get("datasets").forEach(d -> datasets.add(d.asText())));
    assertThat(datasets).isNotEmpty();
    return datasets;
  }
}
