package org.interdict.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed screening against the real OFAC SDN snapshot of 2024-04-26 (shared data): it verifies,
 * replays bit for bit, still replays from the old snapshot after the 2024-05-03 update is imported
 * (which removed EMPEROR AVIATION LTD), and one flipped byte in the stored snapshot fails both
 * verify and replay naming the file.
 */
class ReplaySharedListsTest {
  static final String REMOVED_IN_MAY = "EMPEROR AVIATION LTD";
  static final String ADDED_IN_MAY = "WUHAN GLOBAL SENSOR TECHNOLOGY CO., LTD.";
  @TempDir Path dir;
  Path sdnDir;
  Path dataDir;
  Path report;

  @BeforeEach
  void signedScreening() {
    sdnDir = Prerequisites.sharedDir().resolve("data").resolve("lists").resolve("us_ofac_sdn");
    Prerequisites.require(
        Files.isDirectory(sdnDir.resolve("2024-05-03")), "shared SDN pair not found at " + sdnDir);
    dataDir = dir.resolve("data");
    assertThat(
            ReplayCommandTest.run("keys", "generate", "--output", dir.resolve("site").toString())
                .exit())
        .isZero();
    var april =
        ReplayCommandTest.run(
            "lists",
            "import",
            sdnDir.resolve("2024-04-26").toString(),
            "--fetched-at",
            "2024-04-26",
            "--data-dir",
            dataDir.toString());
    assertThat(april.exit()).as(april.err()).isZero();
    report = dir.resolve("screen.json");
    var screen =
        ReplayCommandTest.run(
            "screen",
            REMOVED_IN_MAY,
            ADDED_IN_MAY,
            "--data-dir",
            dataDir.toString(),
            "--as-of",
            "2024-04-30",
            "--list",
            "us-ofac-sdn",
            "--format",
            "json",
            "--output",
            report.toString(),
            "--sign",
            dir.resolve("site").toString());
    assertThat(screen.exit()).as(screen.err()).isEqualTo(1);
  }

  @Test
  void aScreeningReplaysFromItsSnapshotEvenAfterAListUpdate() throws Exception {
    JsonNode results = new ObjectMapper().readTree(report.toFile()).get("results");
    assertThat(results.get(0).get("matches").get(0).get("primaryName").asText())
        .isEqualTo(REMOVED_IN_MAY);
    assertThat(
            results.get(1).get("matches").findValues("primaryName").stream().map(JsonNode::asText))
        .doesNotContain(ADDED_IN_MAY);
    var replay = ReplayCommandTest.run("replay", report.toString());
    assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
    assertThat(replay.out())
        .contains("(stored snapshots pinned)", "Reproduced bit for bit", "(2 results");

    // The update: a snapshot fetched the same day would be in force on 2024-04-30; the replay must
    // not use it.
    var may =
        ReplayCommandTest.run(
            "lists",
            "import",
            sdnDir.resolve("2024-05-03").toString(),
            "--fetched-at",
            "2024-04-27",
            "--data-dir",
            dataDir.toString());
    assertThat(may.exit()).as(may.err()).isZero();
    var now =
        ReplayCommandTest.run(
            "screen",
            REMOVED_IN_MAY,
            "--data-dir",
            dataDir.toString(),
            "--as-of",
            "2024-04-30",
            "--list",
            "us-ofac-sdn",
            "--format",
            "json");
    JsonNode fresh = new ObjectMapper().readTree(now.out());
    assertThat(fresh.get("asOf").get("snapshots").get(0).get("snapshot").asText())
        .as("a fresh screening uses the update")
        .startsWith("2024-04-27");
    assertThat(
            fresh.get("results").get(0).get("matches").findValues("primaryName").stream()
                .map(JsonNode::asText))
        .as("so a replay that used it would differ")
        .doesNotContain(REMOVED_IN_MAY);
    var after = ReplayCommandTest.run("replay", report.toString());
    assertThat(after.exit()).as(after.out() + after.err()).isZero();
    assertThat(after.out()).contains("Reproduced bit for bit");
  }

  @Test
  void aFlippedByteInTheStoredSnapshotFailsVerifyAndReplayNamingTheFile() throws Exception {
    Path csv;
    try (Stream<Path> files = Files.walk(dataDir.resolve("lists").resolve("us-ofac-sdn"))) {
      csv =
          files.filter(f -> f.getFileName().toString().equals("sdn.csv")).findFirst().orElseThrow();
    }
    String key = dir.resolve("site.pub").toString();
    assertThat(ReplayCommandTest.run("verify", report.toString(), "--key", key).exit()).isZero();
    csv.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(csv);
    bytes[bytes.length / 3] ^= 0x01;
    Files.write(csv, bytes);
    var verify = ReplayCommandTest.run("verify", report.toString(), "--key", key);
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.out()).contains("FAILED snapshot-file " + csv + ": SHA-256 was");
    var replay = ReplayCommandTest.run("replay", report.toString());
    assertThat(replay.exit()).isEqualTo(1);
    assertThat(replay.out())
        .contains("NOT REPRODUCIBLE: snapshot changed: us-ofac-sdn")
        .contains(csv.toString());
  }

  @Test
  void aSignedRescreenVerifiesReplaysAndNamesAChangedPartiesFile() throws Exception {
    Path parties = dir.resolve("parties.csv");
    Files.writeString(
        parties,
        "id,name\nv1,Wuhan Global Sensor Technology Co Ltd\nv2,Emperor Aviation Limited\n",
        java.nio.charset.StandardCharsets.UTF_8);
    Path changes = dir.resolve("rescreen.json");
    var rescreen =
        ReplayCommandTest.run(
            "rescreen",
            "--parties",
            parties.toString(),
            "--column",
            "name",
            "--id-column",
            "id",
            "--from",
            sdnDir.resolve("2024-04-26").toString(),
            "--to",
            sdnDir.resolve("2024-05-03").toString(),
            "--format",
            "json",
            "--output",
            changes.toString(),
            "--sign",
            dir.resolve("site").toString());
    assertThat(rescreen.exit()).as(rescreen.err()).isEqualTo(1);
    String sig = Files.readString(Path.of(changes + ".sig"));
    assertThat(sig)
        .contains("argument-file", sdnDir.resolve("2024-05-03").resolve("sdn.csv").toString());
    String key = dir.resolve("site.pub").toString();
    assertThat(ReplayCommandTest.run("verify", changes.toString(), "--key", key).exit()).isZero();
    var replay = ReplayCommandTest.run("replay", changes.toString());
    assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
    assertThat(replay.out()).contains("Reproduced bit for bit");
    Files.writeString(
        parties,
        "id,name\nv1,Wuhan Global Sensor Technology Co Ltd\nv2,Emperor Aviation Limitee\n",
        java.nio.charset.StandardCharsets.UTF_8);
    var verify = ReplayCommandTest.run("verify", changes.toString(), "--key", key);
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.out()).contains("FAILED argument-file " + parties + ": SHA-256 was");
  }
}
