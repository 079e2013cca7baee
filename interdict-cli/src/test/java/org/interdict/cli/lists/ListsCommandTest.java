package org.interdict.cli.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.interdict.cli.InterdictCommand;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs {@code interdict lists import | status | diff} and {@code screen --as-of} in-process on the
 * real OFAC SDN pair of the shared data (2024-04-26 and 2024-05-03, 305 entries added and 8 removed
 * between them).
 */
class ListsCommandTest {
  static final Clock NOW = Clock.fixed(Instant.parse("2024-05-10T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  Path sdnDir;

  record Run(int exitCode, String out, String err) {}

  static Run lists(String... args) {
    return run(new CommandLine(new ListsCommand(NOW)), args);
  }

  static Run interdict(String... args) {
    return run(InterdictCommand.newCommandLine(), args);
  }

  private static Run run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void importPair() {
    sdnDir = Prerequisites.sharedDir().resolve("data").resolve("lists").resolve("us_ofac_sdn");
    Prerequisites.require(
        Files.isDirectory(sdnDir.resolve("2024-04-26")), "shared SDN pair not found at " + sdnDir);
    Run april =
        lists(
            "import",
            sdnDir.resolve("2024-04-26").toString(),
            "--fetched-at",
            "2024-04-26",
            "--data-dir",
            dataDir.toString());
    assertThat(april.exitCode()).as(april.err()).isZero();
    assertThat(april.out())
        .contains("us-ofac-sdn")
        .contains("updated")
        .contains("in force: us-ofac-sdn 2024-04-26T000000Z (14668 entries)");
    Run may =
        lists(
            "import",
            sdnDir.resolve("2024-05-03").toString(),
            "--fetched-at",
            "2024-05-03T18:43:00Z",
            "--data-dir",
            dataDir.toString());
    assertThat(may.exitCode()).as(may.err()).isZero();
  }

  @Test
  void statusShowsTheSnapshotInForceItsAgeAndTheLastAttempt() throws IOException {
    Run status = lists("status", "--data-dir", dataDir.toString());
    assertThat(status.out())
        .containsPattern(
            "us-ofac-sdn\\s+2024-05-03T184300Z\\s+14965\\s+7d\\s+2\\s+"
                + "2024-05-10T09:00:00Z\\s+updated");
    assertThat(status.out()).containsPattern("us-csl\\s+none\\s+-\\s+-\\s+0\\s+never");
    assertThat(status.exitCode()).isEqualTo(1);

    JsonNode json =
        new ObjectMapper()
            .readTree(lists("status", "--data-dir", dataDir.toString(), "--format", "json").out());
    JsonNode sdn = json.get("sources").get(1);
    assertThat(sdn.get("id").asText()).isEqualTo("us-ofac-sdn");
    assertThat(sdn.get("inForce").get("entryCount").asInt()).isEqualTo(14965);
    assertThat(sdn.get("inForce").get("intact").asBoolean()).isTrue();
    assertThat(sdn.get("lastAttempt").get("method").asText()).isEqualTo("import");
  }

  @Test
  void diffOfTheTwoNewestSnapshotsCountsAddedAndRemovedEntries() throws IOException {
    Run table = lists("diff", "--data-dir", dataDir.toString());
    assertThat(table.exitCode()).isEqualTo(1);
    assertThat(table.out())
        .contains(
            "us-ofac-sdn: 2024-04-26T000000Z (14668 entries) -> 2024-05-03T184300Z (14965 entries)")
        .contains("305 added, 8 removed, 0 changed, 14660 unchanged")
        .contains(
            "+ us-ofac-sdn:46633  entity  WUHAN GLOBAL SENSOR TECHNOLOGY CO., LTD.  [RUSSIA-EO14024]")
        .contains("- us-ofac-sdn:38556  entity  EMPEROR AVIATION LTD");

    JsonNode json =
        new ObjectMapper()
            .readTree(
                lists(
                        "diff",
                        "2024-04-30",
                        "2024-05-03",
                        "--source",
                        "us-ofac-sdn",
                        "--format",
                        "json",
                        "--data-dir",
                        dataDir.toString())
                    .out());
    JsonNode sdn = json.get("sources").get(0);
    assertThat(json.get("schema").asText()).isEqualTo("interdict-list-diff/1");
    assertThat(sdn.get("counts").get("added").asInt()).isEqualTo(305);
    assertThat(sdn.get("counts").get("removed").asInt()).isEqualTo(8);
    assertThat(sdn.get("from").get("label").asText()).isEqualTo("2024-04-26T000000Z");
  }

  @Test
  void diffOfASnapshotWithItselfIsEmptyAndFoldersCanBeCompared() {
    Run same = lists("diff", "2024-05-03T184300Z", "2024-05-03", "--data-dir", dataDir.toString());
    assertThat(same.exitCode()).isZero();
    assertThat(same.out()).contains("0 added, 0 removed, 0 changed, 14965 unchanged");

    Run folders =
        lists(
            "diff",
            sdnDir.resolve("2024-04-26").toString(),
            sdnDir.resolve("2024-05-03").toString(),
            "--data-dir",
            dataDir.toString());
    assertThat(folders.out()).contains("305 added, 8 removed, 0 changed");

    Run early = lists("diff", "2024-01-01", "--data-dir", dataDir.toString());
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("no snapshot on or before 2024-01-01");
  }

  @Test
  void diffPrintsChangedEntriesFieldByField() throws IOException {
    Path edited = Files.createDirectory(dataDir.resolve("edited"));
    String text = Files.readString(sdnDir.resolve("2024-05-03/sdn.csv"));
    Files.writeString(
        edited.resolve("sdn.csv"),
        text.replace(
            "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\"",
            "306,\"BANCO NACIONAL DE CUBA S.A.\",-0- ,\"CUBA] [SDGT\""));
    Run imported =
        lists(
            "import",
            edited.toString(),
            "--fetched-at",
            "2024-05-09",
            "--data-dir",
            dataDir.toString());
    assertThat(imported.out()).contains("updated");

    Run diff = lists("diff", "--data-dir", dataDir.toString());
    assertThat(diff.exitCode()).isEqualTo(1);
    assertThat(diff.out())
        .contains("2024-05-03T184300Z (14965 entries) -> 2024-05-09T000000Z (14965 entries)")
        .contains("0 added, 0 removed, 1 changed, 14964 unchanged")
        .contains("~ us-ofac-sdn:306  BANCO NACIONAL DE CUBA S.A.")
        .contains("      name: BANCO NACIONAL DE CUBA -> BANCO NACIONAL DE CUBA S.A.")
        .contains("      programs: + SDGT");
    JsonNode json =
        new ObjectMapper()
            .readTree(lists("diff", "--format", "json", "--data-dir", dataDir.toString()).out());
    JsonNode fields = json.get("sources").get(0).get("changed").get(0).get("fields");
    assertThat(fields.get(1).get("field").asText()).isEqualTo("programs");
    assertThat(fields.get(1).get("added").get(0).asText()).isEqualTo("SDGT");
    assertThat(fields.get(1).get("before").get(0).asText()).isEqualTo("CUBA");
  }

  /** A folder holding the SDN file of 2024-05-03 with one Latin-1 byte at line 7,001. */
  private Path folderWithOneLatin1Byte(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(sdnDir.resolve("2024-05-03/sdn.csv"));
    bytes[
            new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .indexOf("\n27966,\"ACL ITHALAT")
                + 9] =
        (byte) 0xC7;
    Path folder = Files.createDirectories(dataDir.resolve(name));
    Files.write(folder.resolve("sdn.csv"), bytes);
    return folder;
  }

  /**
   * Issue 9, failure 1: a first import of the SDN file with one Latin-1 byte put the truncated list
   * in force.
   */
  @Test
  void aFirstImportOfAnIncompleteFileIsRefused() throws IOException {
    Path download = folderWithOneLatin1Byte("download");
    Path empty = dataDir.resolve("fresh-store");

    Run run = lists("import", download.toString(), "--data-dir", empty.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("suspicious")
        .contains("incomplete: 1 problem reading us-ofac-sdn")
        .contains("sdn.csv:7001")
        .doesNotContain("updated");
    assertThat(lists("status", "--data-dir", empty.toString()).exitCode()).isEqualTo(1);
  }

  /**
   * A folder read with a problem is not a complete side of a diff: an entry lost to a bad row would
   * read as removed, so the diff warns, names the problem, and exits 4 instead of 0 or 1.
   */
  @Test
  void aDiffAgainstAFolderReadWithAProblemSaysSoAndExitsFour() throws IOException {
    Path damaged = folderWithOneLatin1Byte("damaged");
    Path intact = Files.createDirectories(dataDir.resolve("intact"));
    Files.copy(sdnDir.resolve("2024-05-03/sdn.csv"), intact.resolve("sdn.csv"));

    Run clean =
        lists("diff", intact.toString(), intact.toString(), "--data-dir", dataDir.toString());
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.err()).doesNotContain("not read completely");

    Run run =
        lists("diff", intact.toString(), damaged.toString(), "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .contains(damaged + " was not read completely")
        .contains("sdn.csv:7001")
        .contains("show as removed or added");
  }

  @Test
  void importOfTheSameFilesAgainIsUnchangedAndAnEmptyFolderIsAUsageError() throws IOException {
    Run again =
        lists("import", sdnDir.resolve("2024-05-03").toString(), "--data-dir", dataDir.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("unchanged");

    Path empty = Files.createDirectory(dataDir.resolve("empty"));
    Run none = lists("import", empty.toString(), "--data-dir", dataDir.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no official list files").contains("recognised in " + empty);
  }

  @Test
  void screenAsOfUsesTheSnapshotInForceThatDayAndSaysWhich() throws IOException {
    String name = "Wuhan Global Sensor Technology Co Ltd";
    Run before =
        interdict("screen", name, "--as-of", "2024-04-30", "--data-dir", dataDir.toString());
    assertThat(before.out())
        .contains("Snapshots in force on 2024-04-30:")
        .contains("us-ofac-sdn 2024-04-26T000000Z (14668 entries): ")
        .contains("2024-04-26T000000Z/sdn.csv")
        .doesNotContain("us-ofac-sdn:46633");

    Run after =
        interdict(
            "screen",
            name,
            "--as-of",
            "2024-05-03",
            "--data-dir",
            dataDir.toString(),
            "--format",
            "json");
    assertThat(after.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(after.out());
    assertThat(json.get("asOf").get("date").asText()).isEqualTo("2024-05-03");
    assertThat(json.get("asOf").get("snapshots").get(0).get("snapshot").asText())
        .isEqualTo("2024-05-03T184300Z");
    assertThat(json.get("asOf").get("snapshots").get(0).get("files").get(0).get("sha256").asText())
        .hasSize(64);
    assertThat(json.get("results").get(0).get("matches").get(0).get("entityId").asText())
        .isEqualTo("us-ofac-sdn:46633");

    Run csv =
        interdict(
            "screen",
            name,
            "--as-of",
            "2024-05-03",
            "--data-dir",
            dataDir.toString(),
            "--format",
            "csv");
    assertThat(csv.err())
        .contains("Snapshot in force on 2024-05-03: us-ofac-sdn 2024-05-03T184300Z");
  }

  @Test
  void screenAsOfBeforeAnySnapshotIsAClearError() {
    Run run =
        interdict("screen", "Acme", "--as-of", "2024-01-01", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("no list snapshot in force on 2024-01-01")
        .contains(
            "us-ofac-sdn: no snapshot on or before 2024-01-01 (oldest is 2024-04-26T000000Z)");
    assertThat(
            interdict("screen", "Acme", "--as-of", "2024-05-03", "--lists-dir", dataDir.toString())
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void aTamperedSnapshotIsReportedByStatusAndLeftOutOfScreening() throws IOException {
    Path sdnCsv = dataDir.resolve("lists/us-ofac-sdn/2024-05-03T184300Z/sdn.csv");
    sdnCsv.toFile().setWritable(true);
    Files.writeString(sdnCsv, "1,\"X\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");

    Run status = lists("status", "--data-dir", dataDir.toString());
    assertThat(status.out()).contains("TAMPERED: sdn.csv has");
    Run screen =
        interdict("screen", "Acme", "--as-of", "2024-05-04", "--data-dir", dataDir.toString());
    assertThat(screen.exitCode()).isEqualTo(2);
    assertThat(screen.err()).contains("snapshot 2024-05-03T184300Z does not match its manifest");
  }
}
