package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.server.lists.ListsOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, failure 1 on the server: with one Latin-1 byte on line 7,001 of the real SDN file,
 * {@code serve} reported the truncated list with {@code "problems": []}. The damaged copy is built
 * at run time from the shared data, never committed.
 */
class IncompleteListsIT {
  @Test
  void listsInForceAndHealthNameTheIncompleteList(@TempDir Path dir) throws Exception {
    Path sdn =
        Path.of(
                System.getProperty("interdict.shared.dir", "../../shared"),
                "data/lists/us_ofac_sdn/2024-05-03/sdn.csv")
            .toAbsolutePath();
    assumeTrue(Files.isRegularFile(sdn), "shared SDN file not found at " + sdn);
    byte[] bytes = Files.readAllBytes(sdn);
    bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\n27966,\"ACL ITHALAT") + 9] =
        (byte) 0xC7;
    Path lists = dir.resolve("lists/2024-05-03");
    Files.createDirectories(lists);
    Files.write(lists.resolve("sdn.csv"), bytes);

    InterdictServer server =
        InterdictServer.start(
            ServerConfig.of(0, dir.resolve("data")).withListsDir(Optional.of(dir.resolve("lists"))),
            ListsOptions.defaults());
    try {
      Http http = new Http(server.port());
      String admin = server.initialAdminKey().orElseThrow();

      JsonNode status = http.get("/api/v1/lists", admin).json();
      JsonNode sdnView = null;
      for (JsonNode list : status.get("lists")) {
        if (list.get("listId").asText().equals("us-ofac-sdn")) {
          sdnView = list;
        }
      }
      assertThat(sdnView).isNotNull();
      assertThat(sdnView.get("entryCount").asInt()).isEqualTo(14_965);
      assertThat(sdnView.get("complete").asBoolean()).isFalse();
      assertThat(sdnView.get("problemCount").asInt()).isEqualTo(1);
      assertThat(sdnView.get("problems").get(0).asText())
          .contains("sdn.csv:7001: bad-list-encoding");
      assertThat(status.get("problems"))
          .anySatisfy(
              problem ->
                  assertThat(problem.asText())
                      .startsWith("incomplete: us-ofac-sdn: 1 problem")
                      .contains("sdn.csv:7001"));

      Http.Response health = http.get("/healthz", null);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("degraded");
      assertThat(health.json().get("incompleteLists").get(0).asText()).isEqualTo("us-ofac-sdn");
      assertThat(health.json().get("lists"))
          .anySatisfy(
              list -> {
                assertThat(list.get("listId").asText()).isEqualTo("us-ofac-sdn");
                assertThat(list.get("complete").asBoolean()).isFalse();
              });
    } finally {
      server.stop();
    }
  }
}
