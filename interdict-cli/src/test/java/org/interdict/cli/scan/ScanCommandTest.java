package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import org.interdict.cli.InterdictCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The scan command as a user runs it, on the bundled sample fleet and on bad inputs, in process.
 */
class ScanCommandTest {
  private static final Path FLEET = findExample("fleet.osquery.json");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-10-01T12:00:00Z"), ZoneOffset.UTC);

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine commandLine = InterdictCommand.newCommandLine();
    CommandLine scan = commandLine.getSubcommands().get("scan");
    CommandLine fixed = new CommandLine(new ScanCommand(CLOCK));
    commandLine.getCommandSpec().removeSubcommand("scan");
    commandLine.addSubcommand("scan", fixed);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    fixed.setOut(new PrintWriter(out));
    fixed.setErr(new PrintWriter(err));
    fixed.setExecutionExceptionHandler(scan.getExecutionExceptionHandler());
    List<String> all = new ArrayList<>(List.of("scan"));
    all.addAll(List.of(args));
    int exit = commandLine.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  static Path findExample(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("examples").resolve(name))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "examples/" + name + " not found above the working directory");
    }
    return dir.resolve("examples").resolve(name);
  }

  @Test
  void sampleFleetHasCoveredSoftwareAndExitsOne() {
    Run run = run(FLEET.toString(), "--no-progress");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "as of 2024-10-01",
            "Kaspersky Endpoint Security",
            "WS-FIN-0042",
            "us-icts-kaspersky-2024: prohibited",
            "UltraAV");
  }

  @Test
  void jsonFollowsTheDocumentedSchema() throws IOException {
    Run run = run(FLEET.toString(), "--format", "json", "--as-of", "2024-09-29", "--no-progress");

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/tool/name").asText()).isEqualTo("interdict");
    assertThat(root.at("/tool/catalogVersion").asText()).isNotBlank();
    assertThat(root.at("/asOf").asText()).isEqualTo("2024-09-29");
    assertThat(root.at("/profile").asText()).isEqualTo("us-person");
    assertThat(root.at("/inputs/0/format").asText()).isEqualTo("osquery");
    assertThat(root.at("/inputs/0/records").asLong()).isEqualTo(14);
    assertThat(root.at("/summary/records").asLong()).isEqualTo(14);
    JsonNode kes = findFinding(root, "kaspersky-endpoint-security");
    assertThat(kes.at("/host").asText()).isEqualTo("WS-FIN-0042");
    assertThat(kes.at("/location/line").asLong()).isEqualTo(1);
    assertThat(kes.at("/location/pointer").asText()).isEqualTo("/snapshot/0");
    assertThat(kes.at("/evidence/0/rule").asText()).startsWith("name:kaspersky-endpoint-security");
    JsonNode icts = kes.at("/regimes/0");
    assertThat(icts.at("/regime").asText()).isEqualTo("us-icts-kaspersky-2024");
    assertThat(icts.at("/status").asText()).isEqualTo("prohibited");
    assertThat(icts.at("/deadline").asText()).isEqualTo("2024-09-29");
    assertThat(icts.at("/citation").asText()).contains("89 FR 52434");
    JsonNode ultra = findFinding(root, "ultraav");
    assertThat(ultra.at("/covered").asBoolean()).isFalse();
    assertThat(ultra.at("/note").asText()).contains("Not Kaspersky");
  }

  @ParameterizedTest(name = "{0} as {1}: {2}")
  @CsvSource({
    "2024-09-28, us-person, prohibited-from",
    "2024-09-29, us-person, prohibited",
    "2024-07-19, us-person, prohibited-from",
    "2018-01-01, us-federal-agency, prohibited",
  })
  void asOfBoundariesOfTheFleet(String asOf, String profile, String expected) throws IOException {
    Run run =
        run(
            FLEET.toString(),
            "--format",
            "json",
            "--as-of",
            asOf,
            "--profile",
            profile,
            "--no-progress");

    JsonNode kes =
        findFinding(new ObjectMapper().readTree(run.out()), "kaspersky-endpoint-security");
    assertThat(kes.at("/status").asText()).isEqualTo(expected);
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void nonUsProfileSeesOnlyAdviceAndForeignRegimes() throws IOException {
    Run run =
        run(
            FLEET.toString(),
            "--format",
            "json",
            "--as-of",
            "2024-10-01",
            "--profile",
            "non-us",
            "--all-regimes",
            "--no-progress");

    JsonNode kes =
        findFinding(new ObjectMapper().readTree(run.out()), "kaspersky-endpoint-security");
    assertThat(kes.at("/regimes").size()).isGreaterThan(5);
    for (JsonNode regime : kes.at("/regimes")) {
      if (regime.at("/regime").asText().startsWith("us-")) {
        assertThat(regime.at("/status").asText()).as(regime.toString()).isEqualTo("not-covered");
      }
    }
  }

  @Test
  void cleanInventoryExitsZero(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("clean.csv");
    Files.writeString(
        csv,
        "Device Name,Application Name,Publisher,Version\nPC1,Google Chrome,Google LLC,129\n"
            + "PC1,Kasparov Chess Trainer,ChessBase,2\n",
        StandardCharsets.UTF_8);

    Run run = run(csv.toString(), "--no-progress");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
    assertThat(run.out()).contains("No catalogued software found.");
  }

  @Test
  void missingFileAloneExitsTwoButAMissingFileBesideAGoodOneDoesNot(@TempDir Path dir) {
    Run alone = run(dir.resolve("nope.json").toString(), "--no-progress");
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.out()).contains("nope.json").contains("no such file");

    Run mixed =
        run(
            dir.resolve("nope.json").toString(),
            FLEET.toString(),
            "--format",
            "json",
            "--no-progress");
    assertThat(mixed.exit()).isEqualTo(1);
    assertThat(mixed.out()).contains("\"error\" : \"unreadable-input\"");
  }

  @Test
  void malformedLineIsReportedAndTheRestIsScanned(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(FLEET, StandardCharsets.UTF_8));
    lines.add(1, "{\"name\": \"pack_inventory_programs\", \"snapshot\": [ {\"name\": ");
    Path broken = dir.resolve("broken.json");
    Files.write(broken, lines, StandardCharsets.UTF_8);

    Run run = run(broken.toString(), "--format", "json", "--no-progress");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"line\" : 2")
        .contains("malformed-json")
        .contains("WS-HR-0011");
  }

  @ParameterizedTest
  @CsvSource({"--profile, nobody", "--format, pdf", "--as-of, 2024-13-45", "--input-format, xls"})
  void usageErrorsExitTwo(String option, String value) {
    Run run = run(FLEET.toString(), option, value);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(value);
  }

  @Test
  void sarifAndHtmlAreWritten(@TempDir Path dir) throws IOException {
    Path sarif = dir.resolve("out.sarif");
    Path html = dir.resolve("out.html");

    assertThat(
            run(FLEET.toString(), "--format", "sarif", "-o", sarif.toString(), "--no-progress")
                .exit())
        .isEqualTo(1);
    assertThat(
            run(FLEET.toString(), "--format", "html", "-o", html.toString(), "--no-progress")
                .exit())
        .isEqualTo(1);

    JsonNode root = new ObjectMapper().readTree(sarif.toFile());
    assertThat(root.at("/version").asText()).isEqualTo("2.1.0");
    assertThat(root.at("/runs/0/tool/driver/name").asText()).isEqualTo("interdict");
    assertThat(root.at("/runs/0/results")).isNotEmpty();
    assertThat(root.at("/runs/0/results/0/level").asText()).isEqualTo("error");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg")
        .contains("Антивирус Касперского")
        .doesNotContain("<script src")
        .doesNotContain("<link");
  }

  private static JsonNode findFinding(JsonNode root, String productId) {
    for (JsonNode finding : root.at("/findings")) {
      if (finding.at("/product/id").asText().equals(productId)) {
        return finding;
      }
    }
    throw new AssertionError("no finding for " + productId + " in " + root);
  }
}
