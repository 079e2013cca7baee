package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.Stream;
import org.interdict.cli.InterdictCommand;
import org.interdict.cli.lists.ListsCommand;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code lists import} stores the screening index; {@code screen --data-dir} loads it instead of
 * parsing; the pipelined batch writes exactly what screening each name in turn writes.
 */
class ScreenStoredIndexTest {
  static final Clock NOW = Clock.fixed(Instant.parse("2024-05-10T09:00:00Z"), ZoneOffset.UTC);
  static final String NAME = "Wuhan Global Sensor Technology Co Ltd";

  @TempDir Path dataDir;
  @TempDir Path temp;
  Path sdnDir;

  record Run(int exitCode, String out, String err) {}

  static Run run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  static Run interdict(String... args) {
    return run(InterdictCommand.newCommandLine(), args);
  }

  @BeforeEach
  void importSdn() {
    String shared = System.getProperty("interdict.shared.dir", "../../shared");
    sdnDir =
        Path.of(shared, "data", "lists", "us_ofac_sdn", "2024-05-03").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(sdnDir), "shared SDN not found at " + sdnDir);
    Run imported =
        run(
            new CommandLine(new ListsCommand(NOW)),
            "import",
            sdnDir.toString(),
            "--fetched-at",
            "2024-05-03",
            "--data-dir",
            dataDir.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err())
        .contains("Screening index stored in " + dataDir.resolve("screening-index"))
        .contains("version sha256:");
  }

  @Test
  void screenDataDirLoadsTheStoredIndexAndRecordsItsVersion() throws IOException {
    Run stored = interdict("screen", NAME, "--data-dir", dataDir.toString(), "--format", "json");
    Run fresh = interdict("screen", NAME, "--lists-dir", sdnDir.toString(), "--format", "json");
    assertThat(stored.exitCode()).as(stored.err()).isEqualTo(1);
    JsonNode storedJson = new ObjectMapper().readTree(stored.out());
    JsonNode freshJson = new ObjectMapper().readTree(fresh.out());
    assertThat(storedJson.get("tool").get("indexVersion").asText())
        .startsWith("sha256:")
        .isEqualTo(freshJson.get("tool").get("indexVersion").asText());
    assertThat(storedJson.get("results")).isEqualTo(freshJson.get("results"));
    assertThat(storedJson.get("results").get(0).get("matches").get(0).get("entityId").asText())
        .isEqualTo("us-ofac-sdn:46633");
    assertThat(storedJson.get("asOf").get("snapshots").get(0).get("snapshot").asText())
        .isEqualTo("2024-05-03T000000Z");
  }

  @Test
  void screenDataDirParsesNoListFile() throws IOException {
    Path sdnCsv;
    try (Stream<Path> files = Files.walk(dataDir.resolve("lists"))) {
      sdnCsv =
          files.filter(p -> p.getFileName().toString().equals("sdn.csv")).findFirst().orElseThrow();
    }
    var modified = Files.getLastModifiedTime(sdnCsv);
    sdnCsv.toFile().setWritable(true);
    Files.write(
        sdnCsv, new byte[(int) Files.size(sdnCsv)]); // no list left to parse, same size and time
    Files.setLastModifiedTime(sdnCsv, modified);
    Run run = interdict("screen", NAME, "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("us-ofac-sdn:46633");
  }

  @Test
  void threadsBelowOneIsAUsageError() {
    Run run = interdict("screen", "--input", "x.csv", "--column", "name", "--threads", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be at least 1, was 0");
  }

  @Test
  void pipelinedBatchWritesExactlyWhatScreeningEachNameInTurnWrites() throws IOException {
    LoadedLists lists = ListLoader.bundled().plus(ListLoader.fromDirectory(sdnDir));
    ScreeningIndex index = ScreeningIndex.build(lists.parties());
    Random random = new Random(9);
    StringBuilder csv = new StringBuilder("id,name\n");
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      var party = lists.parties().get(random.nextInt(lists.parties().size()));
      String name = i % 3 == 0 ? "Person Number " + random.nextInt(200) : party.primaryName();
      rows.add(new String[] {"r" + i, name});
      csv.append("r").append(i).append(",\"").append(name.replace("\"", "\"\"")).append("\"\n");
    }
    Path input = temp.resolve("names.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    StringWriter expected = new StringWriter();
    try (CsvResultWriter writer = new CsvResultWriter(expected)) {
      writer.begin(
          new ScreeningSetup(lists, index, java.util.Optional.empty()),
          ScreeningQuery.DEFAULT_MIN_SCORE,
          ScreeningQuery.DEFAULT_SCORER);
      for (String[] row : rows) {
        writer.write(row[0], index.screen(ScreeningQuery.of(row[1])));
      }
    }
    for (String threads : new String[] {"1", "2", "3"}) {
      Path output = temp.resolve("out-" + threads + ".csv");
      Run run =
          interdict(
              "screen",
              "--input",
              input.toString(),
              "--column",
              "name",
              "--id-column",
              "id",
              "--lists-dir",
              sdnDir.toString(),
              "--threads",
              threads,
              "--output",
              output.toString());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(Files.readString(output, StandardCharsets.UTF_8))
          .as("--threads " + threads)
          .isEqualTo(expected.toString());
    }
  }
}
