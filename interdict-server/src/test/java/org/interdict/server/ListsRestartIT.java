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
 * A list change made while the server was stopped (a cron {@code interdict lists import}): at the next start the
 * server rebuilds the lists it last screened against from the snapshot store and re-screens the stored parties as
 * a delta, recording exactly the hit changes of a full re-screen (trigger {@code startup}).
 */
class ListsRestartIT {
  @Test
  void aChangeWhileStoppedIsRescreenedAtTheNextStart(@TempDir Path dataDir) {
    Path first = ListsSuite.week("2024-04-26");
    Path second = ListsSuite.week("2024-05-03");
    TestClock clock = new TestClock(Instant.parse("2024-10-01T12:00:00Z"));
    SnapshotStore store = SnapshotStore.at(dataDir);
    var sdn = OfficialSources.defaults().byId("us-ofac-sdn");
    new ListUpdater(store, Optional.empty(), clock).importFiles(sdn, Map.of("sdn.csv", first.resolve("sdn.csv")),
        clock.instant());
    List<String> names = ListsSuite.namesNearTheSecondWeek();
    InterdictServer server = InterdictServer.start(ServerConfig.of(0, dataDir).withClock(clock));
    String admin = server.initialAdminKey().orElseThrow();
    try {
      Http http = new Http(server.port());
      StringBuilder csv = new StringBuilder("name\n");
      names.forEach(name -> csv.append('"').append(name.replace("\"", "\"\"")).append("\"\n"));
      Http.Response stored = http.send("POST", "/api/v1/parties", Map.of("Authorization", "Bearer " + admin,
          "Content-Type", "text/csv"), java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString(),
          StandardCharsets.UTF_8));
      assertThat(stored.status()).as(stored.body()).isEqualTo(200);
      assertThat(http.get("/api/v1/lists", admin).json().get("source").asText()).isEqualTo("snapshot-store");
    } finally {
      server.stop();
    }
    clock.advance(Duration.ofDays(7));
    new ListUpdater(store, Optional.empty(), clock).importFiles(sdn, Map.of("sdn.csv", second.resolve("sdn.csv")),
        clock.instant());
    server = InterdictServer.start(ServerConfig.of(0, dataDir).withClock(clock));
    try {
      Http http = new Http(server.port());
      JsonNode run = http.get("/api/v1/rescreen/runs", admin).json().get("items").get(0);
      assertThat(run.get("trigger").asText()).isEqualTo("startup");
      assertThat(run.get("listsAfter").asText()).isNotEqualTo(run.get("listsBefore").asText());
      Set<String> expectedNew = new TreeSet<>();
      Set<String> expectedGone = new TreeSet<>();
      ListsSuite.fullRescreen(names, first, second, expectedNew, expectedGone);
      Set<String> recordedNew = new TreeSet<>();
      Set<String> recordedGone = new TreeSet<>();
      for (JsonNode hit : http.get("/api/v1/rescreen/hits?pageSize=500", admin).json().get("items")) {
        String key = hit.get("storedPartyName").asText() + " -> " + hit.get("partyId").asText();
        (hit.get("kind").asText().equals("new") ? recordedNew : recordedGone).add(key);
      }
      assertThat(expectedNew).isNotEmpty();
      assertThat(recordedNew).isEqualTo(expectedNew);
      assertThat(recordedGone).isEqualTo(expectedGone);
    } finally {
      server.stop();
    }
    // a third start with nothing changed records no further run
    server = InterdictServer.start(ServerConfig.of(0, dataDir).withClock(clock));
    try {
      assertThat(new Http(server.port()).get("/api/v1/rescreen/runs", admin).json().get("total").asInt())
          .isEqualTo(1);
    } finally {
      server.stop();
    }
  }
}
