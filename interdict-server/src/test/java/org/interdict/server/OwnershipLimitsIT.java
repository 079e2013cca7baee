package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.interdict.ownership.OwnershipGraph;
import org.interdict.ownership.OwnershipPath;
import org.interdict.server.ownership.OwnershipService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, failure 4 on the server: after an analyst posts a 10,000-edge chain or a wide graph, a
 * viewer's search of one of its nodes answers 200 with bounded evidence (it answered 500, empty,
 * after 15-20 s); a graph over the edge limit is refused as problem+json. Real HTTP on port 0,
 * SQLite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipLimitsIT {
  private static final String LISTED = "Andrei Gennadyevich Tikhonov";
  private InterdictServer server;
  private Http http;
  private String analyst;
  private String viewer;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    server = InterdictServer.start(ServerConfig.of(0, dataDir));
    http = new Http(server.port());
    String admin = server.initialAdminKey().orElseThrow();
    analyst = key(admin, "limits-analyst", "analyst");
    viewer = key(admin, "limits-viewer", "viewer");
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private String key(String admin, String name, String role) {
    return http.postJson("/api/v1/keys", admin, Http.json(Map.of("name", name, "role", role)))
        .json()
        .get("key")
        .asText();
  }

  private Http.Response importCsv(CharSequence csv) {
    return importCsv(csv, true);
  }

  private Http.Response importCsv(CharSequence csv, boolean replace) {
    return http.send(
        "POST",
        "/api/v1/ownership?replace=" + replace,
        Map.of("Authorization", "Bearer " + analyst, "Content-Type", "text/csv"),
        HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8));
  }

  private static StringBuilder chain(int edges) {
    StringBuilder csv = new StringBuilder("owner,owned,percent,relation,source\n");
    String owner = LISTED;
    for (int i = 1; i <= edges; i++) {
      csv.append(owner)
          .append(",Chain Company ")
          .append(i)
          .append(",60,owns,reg-")
          .append(i)
          .append('\n');
      owner = "Chain Company " + i;
    }
    return csv;
  }

  private JsonNode search(String name) {
    Http.Response r =
        http.get("/api/v1/search?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), viewer);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body().length()).as("answer size").isLessThan(64 * 1024);
    return r.json();
  }

  @Test
  void aViewersSearchOfTheEndOfATenThousandEdgeChainAnswersWithTheLastStepsOfItsPath() {
    Http.Response imported = importCsv(chain(10_000));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("edges").asInt()).isEqualTo(10_000);
    JsonNode flag = search("Chain Company 10000").get("ownership").get(0);
    assertThat(flag.get("ruleId").asText()).isEqualTo("ofac-50-percent");
    JsonNode path = flag.get("paths").get(0);
    assertThat(path.get("steps").asInt()).isEqualTo(10_000);
    assertThat(path.get("omittedSteps").asInt()).isEqualTo(10_000 - OwnershipPath.PRINTED_STEPS);
    assertThat(path.get("previousNode").asText()).isEqualTo("Chain Company 9999");
    assertThat(path.get("nodes")).hasSize(OwnershipPath.PRINTED_STEPS + 1);
    assertThat(path.get("edges").get(OwnershipPath.PRINTED_STEPS - 1).get("source").asText())
        .isEqualTo("upload.csv:10001");
    assertThat(path.get("description").asText())
        .startsWith(LISTED + " -[9992 steps omitted]-> Chain Company 9992");
    assertThat(path.get("listed").get("partyId").asText())
        .isEqualTo("interdict-curated:tikhonov-andrei-gennadyevich");
    // every node in between is answered too, from the same analysis
    assertThat(
            search("chain company 5000")
                .get("ownership")
                .get(0)
                .get("paths")
                .get(0)
                .get("steps")
                .asInt())
        .isEqualTo(5000);
  }

  @Test
  void aFlagWithThousandsOfContributingOwnersShowsAtMostTwentyPathsAndCountsThemAll() {
    StringBuilder csv = new StringBuilder("owner,owned,percent,relation,source\n");
    for (int i = 1; i <= 5_000; i++) {
      csv.append(LISTED).append(",Owner ").append(i).append(",60,owns,\n");
      csv.append("Owner ").append(i).append(",Wide Target Ltd,0.01,owns,\n");
    }
    assertThat(importCsv(csv).status()).isEqualTo(200);
    JsonNode flag = search("Wide Target Ltd").get("ownership").get(0);
    assertThat(flag.get("aggregatePercent").asDouble())
        .isEqualTo(50.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(flag.get("pathsTotal").asInt()).isEqualTo(5_000);
    assertThat(flag.get("paths")).hasSize(OwnershipService.MAX_PATHS_PER_FLAG);
  }

  @Test
  void aGraphOverTheEdgeLimitIsRefusedAsProblemJsonNamingTheLine() {
    Http.Response r = importCsv(chain(OwnershipGraph.MAX_EDGES + 1));
    ApiSuite.assertProblem(r, 413, "payload-too-large");
    assertThat(r.json().get("detail").asText())
        .contains("upload.csv:" + (OwnershipGraph.MAX_EDGES + 2))
        .contains(String.valueOf(OwnershipGraph.MAX_EDGES));
  }

  @Test
  void anAppendThatWouldTakeTheStoredGraphOverTheLimitIsRefusedAndStoresNothing() {
    assertThat(importCsv(chain(10_000)).status()).isEqualTo(200);
    StringBuilder more = new StringBuilder("owner,owned,percent,relation,source\n");
    for (int i = 1; i <= OwnershipGraph.MAX_EDGES - 10_000 + 1; i++) {
      more.append("Other Owner ")
          .append(i)
          .append(",Other Company ")
          .append(i)
          .append(",10,owns,\n");
    }
    Http.Response r = importCsv(more, false);
    ApiSuite.assertProblem(r, 413, "payload-too-large");
    assertThat(r.json().get("detail").asText())
        .contains("would hold " + (OwnershipGraph.MAX_EDGES + 1) + " edges");
    assertThat(http.get("/api/v1/ownership?pageSize=1", viewer).json().get("total").asInt())
        .isEqualTo(10_000);
  }
}
