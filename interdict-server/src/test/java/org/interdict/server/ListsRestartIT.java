package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.update.ListUpdater;
import org.interdict.lists.update.OfficialSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list change made while the server was stopped (a cron {@code interdict lists import}): at the
 * next start the server rebuilds the lists it last screened against from the snapshot store and
 * re-screens the stored parties as a delta, recording exactly the hit changes of a full re-screen
 * (trigger {@code startup}).
 */
class ListsRestartIT {
  @Test
  void aChangeWhileStoppedIsRescreenedAtTheNextStart(@TempDir Path dataDir) {
    Path first = ListsSuite.week("2024-04-26");
    Path second = ListsSuite.week("2024-05-03");
    TestClock clock = new TestClock(Instant.parse("2024-10-01T12:00:00Z"));
    SnapshotStore store = SnapshotStore.at(dataDir);
    var sdn = OfficialSources.defaults().byId("us-ofac-sdn");
    new ListUpdater(store, Optional.empty(), clock)
        .importFiles(sdn, Map.of("sdn.csv", first.resolve("sdn.csv")), clock.instant());
    List<String> names = ListsSuite.namesNearTheSecondWeek();
    ServerConfig config = ServerConfig.of(0, dataDir).withClock(clock);
    String admin = storeParties(config, names, "snapshot-store");
    clock.advance(Duration.ofDays(7));
    new ListUpdater(store, Optional.empty(), clock)
        .importFiles(sdn, Map.of("sdn.csv", second.resolve("sdn.csv")), clock.instant());
    InterdictServer server = InterdictServer.start(config);
    try {
      assertStartupRun(new Http(server.port()), admin, names, first, second, "entry-added");
    } finally {
      server.stop();
    }
    // a third start with nothing changed records no further run
    server = InterdictServer.start(config);
    try {
      assertThat(
              new Http(server.port())
                  .get("/api/v1/rescreen/runs", admin)
                  .json()
                  .get("total")
                  .asInt())
          .isEqualTo(1);
    } finally {
      server.stop();
    }
  }

  /**
   * Files of a lists directory changed while stopped: the last hits as stored are compared with a
   * full screening.
   */
  @Test
  void aListsDirectoryChangedWhileStoppedIsComparedWithTheStoredLastHits(
      @TempDir Path dataDir, @TempDir Path lists) throws java.io.IOException {
    Path first = ListsSuite.week("2024-04-26");
    Path second = ListsSuite.week("2024-05-03");
    java.nio.file.Files.copy(first.resolve("sdn.csv"), lists.resolve("sdn.csv"));
    List<String> names = ListsSuite.namesNearTheSecondWeek();
    ServerConfig config = ServerConfig.of(0, dataDir).withListsDir(Optional.of(lists));
    String admin = storeParties(config, names, "lists-dir");
    java.nio.file.Files.copy(
        second.resolve("sdn.csv"),
        lists.resolve("sdn.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    InterdictServer server = InterdictServer.start(config);
    try {
      assertStartupRun(new Http(server.port()), admin, names, first, second, "found-at-start");
    } finally {
      server.stop();
    }
  }

  static String storeParties(ServerConfig config, List<String> names, String source) {
    InterdictServer server = InterdictServer.start(config);
    try {
      String admin = server.initialAdminKey().orElseThrow();
      Http http = new Http(server.port());
      StringBuilder csv = new StringBuilder("name\n");
      names.forEach(name -> csv.append('"').append(name.replace("\"", "\"\"")).append("\"\n"));
      Http.Response stored =
          http.send(
              "POST",
              "/api/v1/parties",
              Map.of("Authorization", "Bearer " + admin, "Content-Type", "text/csv"),
              java.net.http.HttpRequest.BodyPublishers.ofString(
                  csv.toString(), StandardCharsets.UTF_8));
      assertThat(stored.status()).as(stored.body()).isEqualTo(200);
      assertThat(http.get("/api/v1/lists", admin).json().get("source").asText()).isEqualTo(source);
      return admin;
    } finally {
      server.stop();
    }
  }

  static void assertStartupRun(
      Http http, String admin, List<String> names, Path first, Path second, String oneReason) {
    JsonNode run = http.get("/api/v1/rescreen/runs", admin).json().get("items").get(0);
    assertThat(run.get("trigger").asText()).isEqualTo("startup");
    assertThat(run.get("listsAfter").asText()).isNotEqualTo(run.get("listsBefore").asText());
    Set<String> expectedNew = new TreeSet<>();
    Set<String> expectedGone = new TreeSet<>();
    ListsSuite.fullRescreen(names, first, second, expectedNew, expectedGone);
    Set<String> recordedNew = new TreeSet<>();
    Set<String> recordedGone = new TreeSet<>();
    Set<String> reasons = new TreeSet<>();
    for (JsonNode hit : http.get("/api/v1/rescreen/hits?pageSize=500", admin).json().get("items")) {
      String key = hit.get("storedPartyName").asText() + " -> " + hit.get("partyId").asText();
      (hit.get("kind").asText().equals("new") ? recordedNew : recordedGone).add(key);
      reasons.add(hit.get("reason").asText());
      assertThat(hit.get("listId").asText()).isNotEmpty();
    }
    assertThat(expectedNew).isNotEmpty();
    assertThat(recordedNew).isEqualTo(expectedNew);
    assertThat(recordedGone).isEqualTo(expectedGone);
    assertThat(reasons).contains(oneReason);
  }
}
