package org.interdict.spark.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interdict.spark.LocalSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark scan against the CLI scan on the bundled example, the shared inventory samples and a
 * larger osquery log made from the example (so a host's records fall into several partitions and
 * Spark must fold them).
 */
class ScanJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AS_OF = "2026-12-01";
  private static Path dir;
  private static List<String> inputs;
  private static JsonNode cliReport;

  @BeforeAll
  static void scanWithTheCli(@TempDir Path tempDir) throws IOException {
    LocalSpark.assumeSharedData();
    LocalSpark.session();
    dir = tempDir;
    inputs = new ArrayList<>();
    inputs.add(LocalSpark.repo("examples", "fleet.osquery.json").toString());
    inputs.add(repeatedLog(dir.resolve("fleet-repeated.osquery.log")).toString());
    try (Stream<Path> samples = Files.walk(LocalSpark.shared("data", "inventories"))) {
      samples
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .forEach(p -> inputs.add(p.toString()));
    }
    Path report = dir.resolve("cli.json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "scan",
                "--as-of",
                AS_OF,
                "--format",
                "json",
                "--no-progress",
                "--output",
                report.toString()));
    args.addAll(inputs);
    int code = LocalSpark.cli(new StringBuilder(), args.toArray(String[]::new));
    assertThat(code).isEqualTo(1);
    cliReport = JSON.readTree(report.toFile());
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 2, 7})
  void coveredFindingsAndSummaryEqualTheCliScan(int partitions) throws IOException {
    Path out = dir.resolve("spark-" + partitions);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--master",
                "local[2]",
                "--as-of",
                AS_OF,
                "--output",
                out.toString(),
                "--output-format",
                "json",
                "--partitions",
                Integer.toString(partitions),
                "--input"));
    args.addAll(inputs);
    int code = ScanJob.run(args.toArray(String[]::new));

    assertThat(code).isEqualTo(1);
    List<JsonNode> spark = new ArrayList<>();
    for (String line : LocalSpark.partLines(out.resolve("findings"))) {
      spark.add(JSON.readTree(line));
    }
    List<JsonNode> cli = new ArrayList<>();
    cliReport.get("findings").forEach(cli::add);
    assertThat(cli.stream().filter(f -> f.get("covered").asBoolean()).count())
        .isGreaterThanOrEqualTo(4);
    assertThat(ids(spark)).containsExactlyElementsOf(ids(cli));
    assertThat(covered(spark)).containsExactlyElementsOf(covered(cli));
    assertThat(spark).containsExactlyElementsOf(cli);
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("summary")).isEqualTo(cliReport.get("summary"));
    assertThat(summary.get("summary").get("regimes")).isNotEmpty();
    assertThat(summary.get("inputs")).isEqualTo(cliReport.get("inputs"));
    for (String field : List.of("$schema", "asOf", "profile", "complete")) {
      assertThat(summary.get(field)).as(field).isEqualTo(cliReport.get(field));
    }
    assertThat(summary.has("findings")).isFalse();
  }

  @Test
  void allRegimesListsEveryRegimeOnEachFindingLikeTheCli(@TempDir Path temp) throws IOException {
    List<String> some = inputs.subList(0, 2);
    Path report = temp.resolve("cli.json");
    List<String> cliArgs =
        new ArrayList<>(
            List.of(
                "scan",
                "--as-of",
                AS_OF,
                "--format",
                "json",
                "--all-regimes",
                "--no-progress",
                "--output",
                report.toString()));
    cliArgs.addAll(some);
    assertThat(LocalSpark.cli(new StringBuilder(), cliArgs.toArray(String[]::new))).isEqualTo(1);
    Path out = temp.resolve("spark");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--master",
                "local[2]",
                "--as-of",
                AS_OF,
                "--all-regimes",
                "--output",
                out.toString(),
                "--output-format",
                "json",
                "--partitions",
                "3",
                "--input"));
    args.addAll(some);
    assertThat(ScanJob.run(args.toArray(String[]::new))).isEqualTo(1);

    List<JsonNode> cli = new ArrayList<>();
    JSON.readTree(report.toFile()).get("findings").forEach(cli::add);
    List<JsonNode> spark = new ArrayList<>();
    for (String line : LocalSpark.partLines(out.resolve("findings"))) {
      spark.add(JSON.readTree(line));
    }
    assertThat(cli)
        .anySatisfy(
            f ->
                assertThat(f.get("regimes").size())
                    .isGreaterThan(f.get("covered").asBoolean() ? 1 : 0));
    assertThat(spark).containsExactlyElementsOf(cli);
  }

  @Test
  void malformedLinesBecomeErrorRowsWithTheirLine(@TempDir Path temp) throws IOException {
    Path log = temp.resolve("broken.osquery.log");
    List<String> lines =
        new ArrayList<>(Files.readAllLines(LocalSpark.repo("examples", "fleet.osquery.json")));
    lines.add(1, "this is not json");
    lines.add(3, "{\"name\": \"pack_inventory_programs\", \"snapshot\": [");
    Files.write(log, lines, StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    int code =
        ScanJob.run(
            new String[] {
              "--master",
              "local[2]",
              "--as-of",
              AS_OF,
              "--input",
              log.toString(),
              "--output",
              out.toString(),
              "--output-format",
              "json",
              "--partitions",
              "3"
            });

    assertThat(code).isEqualTo(1);
    List<String> errors = new ArrayList<>();
    for (String line : LocalSpark.partLines(out.resolve("errors"))) {
      JsonNode error = JSON.readTree(line);
      errors.add(
          error.get("source").asText()
              + ":"
              + error.get("line").asLong()
              + ":"
              + error.get("error").asText());
    }
    assertThat(errors)
        .containsExactlyInAnyOrder(log + ":2:malformed-json", log + ":4:malformed-json");
    assertThat(LocalSpark.partLines(out.resolve("findings"))).isNotEmpty();
  }

  @Test
  void nothingCoveredInAPartlyReadLogExitsTwoLikeTheCliAndIsNotComplete(@TempDir Path temp)
      throws IOException {
    Path log = temp.resolve("clean-but-broken.osquery.log");
    Files.writeString(
        log,
        "{\"name\": \"pack_inventory_programs\", \"hostIdentifier\": \"WS-1\", \"action\": "
            + "\"snapshot\", \"snapshot\": [{\"name\": \"Notepad++\", \"version\": \"8.6\", \"publisher\": \"Don Ho\"}]}\n"
            + "{\"name\": \"pack_inventory_programs\", \"snapshot\": [\n",
        StandardCharsets.UTF_8);
    Path report = temp.resolve("cli.json");
    int cliCode =
        LocalSpark.cli(
            new StringBuilder(),
            "scan",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--no-progress",
            "--output",
            report.toString(),
            log.toString());
    Path out = temp.resolve("spark");
    int sparkCode =
        ScanJob.run(
            new String[] {
              "--master",
              "local[2]",
              "--as-of",
              AS_OF,
              "--input",
              log.toString(),
              "--output",
              out.toString(),
              "--output-format",
              "json",
              "--partitions",
              "2"
            });

    assertThat(sparkCode).isEqualTo(cliCode).isEqualTo(2);
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    JsonNode cli = JSON.readTree(report.toFile());
    assertThat(summary.get("complete").asBoolean(true)).isFalse();
    assertThat(summary.get("summary")).isEqualTo(cli.get("summary"));
    assertThat(summary.get("inputs")).isEqualTo(cli.get("inputs"));
  }

  private static List<String> ids(List<JsonNode> findings) {
    return findings.stream()
        .map(f -> f.get("id").asText() + " " + f.get("location") + " x" + f.get("occurrences"))
        .toList();
  }

  private static List<String> covered(List<JsonNode> findings) {
    return findings.stream()
        .filter(f -> f.get("covered").asBoolean())
        .map(JsonNode::toString)
        .toList();
  }

  /**
   * The example log 40 times over, with the hosts renamed every 10 copies: 4 hosts' worth of each
   * host.
   */
  private static Path repeatedLog(Path file) throws IOException {
    List<String> example = Files.readAllLines(LocalSpark.repo("examples", "fleet.osquery.json"));
    List<String> lines = new ArrayList<>();
    for (int copy = 0; copy < 40; copy++) {
      for (String line : example) {
        lines.add(
            line.replace("\"hostIdentifier\": \"", "\"hostIdentifier\": \"g" + (copy / 10) + "-"));
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
