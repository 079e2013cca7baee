package org.interdict.cli.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code lists status --source} exits on the named sources only and writes to {@code -o};
 * an offline {@code lists update} says what failed in plain words, never claims a snapshot it does
 * not have, and points to {@code lists import}.
 */
class ListsScriptingTest {
  @TempDir Path dataDir;

  @Test
  void statusExitsOnTheNamedSourcesOnlyAndWritesItsFile() throws Exception {
    Path sdn =
        Prerequisites.sharedDir()
            .resolve("data")
            .resolve("lists")
            .resolve("us_ofac_sdn")
            .resolve("2024-05-03");
    Prerequisites.require(Files.isDirectory(sdn), "shared SDN snapshot not found at " + sdn);
    ListsCommandTest.Run imported =
        ListsCommandTest.lists(
            "import",
            sdn.toString(),
            "--fetched-at",
            "2024-05-03",
            "--data-dir",
            dataDir.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    ListsCommandTest.Run all = ListsCommandTest.lists("status", "--data-dir", dataDir.toString());
    ListsCommandTest.Run named =
        ListsCommandTest.lists(
            "status", "--data-dir", dataDir.toString(), "--source", "us-ofac-sdn");
    Path file = dataDir.resolve("status.json");
    ListsCommandTest.Run json =
        ListsCommandTest.lists(
            "status",
            "--data-dir",
            dataDir.toString(),
            "--source",
            "us-ofac-sdn,us-csl",
            "--format",
            "json",
            "-o",
            file.toString());
    ListsCommandTest.Run unknown =
        ListsCommandTest.lists("status", "--data-dir", dataDir.toString(), "--source", "us-ofac");

    assertThat(all.exitCode()).as("six built-in sources have no snapshot").isEqualTo(1);
    assertThat(named.exitCode()).isZero();
    assertThat(named.out()).contains("us-ofac-sdn").doesNotContain("us-csl");
    assertThat(json.exitCode()).as("us-csl has none").isEqualTo(1);
    assertThat(json.out()).isEmpty();
    JsonNode sources =
        new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).get("sources");
    assertThat(sources)
        .extracting(s -> s.get("id").asText())
        .containsExactly("us-ofac-sdn", "us-csl");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'us-ofac' is not a list source", "us-ofac-sdn");
  }

  @Test
  void anOfflineUpdateSaysWhatFailedAndPointsToImport() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }

    ListsCommandTest.Run run =
        ListsCommandTest.interdict(
            "lists",
            "update",
            "--data-dir",
            dataDir.toString(),
            "--source",
            "us-csl",
            "--source-url",
            "us-csl=http://127.0.0.1:" + closed + "/",
            "--timeout",
            "5");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("could not connect to 127.0.0.1:" + closed + " (no network")
        .contains("no snapshot of us-csl is in force")
        .doesNotContain("Exception")
        .doesNotContain("stays");
    assertThat(run.err()).contains("interdict lists import DIR");
  }
}
