package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, failure 3: input errors reach every format and the exit code; untrusted text is safe on
 * a terminal.
 */
class ScanInputErrorsTest {
  private static final String TRUNCATED_SBOM =
      "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":["
          + "{\"type\":\"application\",\"name\":\"Google Chrome\",\"version\":\"1\"},{\"type\":\"appl";

  private static Path brokenFleet(Path dir) throws IOException {
    List<String> lines =
        new ArrayList<>(Files.readAllLines(ScanCommandTest.findExample("fleet.osquery.json")));
    lines.add(1, "{\"name\": \"pack_inventory_programs\", \"snapshot\": [ {\"name\": ");
    return Files.write(dir.resolve("broken.json"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void sarifCarriesInputErrorsAsNotificationsAndAnUnsuccessfulExecution(@TempDir Path dir)
      throws IOException {
    ScanCommandTest.Run run =
        ScanCommandTest.run(brokenFleet(dir).toString(), "--format", "sarif", "--no-progress");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode invocation = new ObjectMapper().readTree(run.out()).at("/runs/0/invocations/0");
    assertThat(invocation.at("/executionSuccessful").asBoolean(true)).isFalse();
    JsonNode notification = invocation.at("/toolExecutionNotifications/0");
    assertThat(notification.at("/level").asText()).isEqualTo("error");
    assertThat(notification.at("/descriptor/id").asText()).isEqualTo("malformed-json");
    assertThat(notification.at("/locations/0/physicalLocation/region/startLine").asLong())
        .isEqualTo(2);
    assertThat(run.err()).contains("1 input error");
  }

  @Test
  void csvListsInputErrorsOnStderr(@TempDir Path dir) throws IOException {
    ScanCommandTest.Run run =
        ScanCommandTest.run(brokenFleet(dir).toString(), "--format", "csv", "--no-progress");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("finding_id,").doesNotContain("malformed-json");
    assertThat(run.err()).contains("1 input error", "broken.json:2", "malformed-json");
  }

  @Test
  void aTruncatedSbomWithNothingCoveredDoesNotPassAsClean(@TempDir Path dir) throws IOException {
    Path sbom =
        Files.writeString(
            dir.resolve("truncated.cdx.json"), TRUNCATED_SBOM, StandardCharsets.UTF_8);

    for (String format : List.of("table", "json", "csv", "sarif", "html")) {
      ScanCommandTest.Run run =
          ScanCommandTest.run(sbom.toString(), "--format", format, "--no-progress");
      assertThat(run.exit()).as(format + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).as(format).contains("unread part was not checked");
    }
    JsonNode json =
        new ObjectMapper()
            .readTree(
                ScanCommandTest.run(sbom.toString(), "--format", "json", "--no-progress").out());
    assertThat(json.at("/complete").asBoolean(true)).isFalse();
    assertThat(json.at("/summary/records").asLong()).isEqualTo(1);
  }

  @Test
  void terminalControlSequencesInInventoryFieldsAreEscapedInTheTable(@TempDir Path dir)
      throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("hostile.csv"),
            "Device Name,Application Name,Publisher,Version\n"
                + "PC\u001b[31m1,Kaspersky Total Security\u202e,Kaspersky,1\n",
            StandardCharsets.UTF_8);

    ScanCommandTest.Run run = ScanCommandTest.run(csv.toString(), "--no-progress");

    assertThat(run.out())
        .contains("PC\\u{1B}[31m1")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }

  @Test
  void aCappedHtmlPageSaysSoAndItsSiblingJsonHasEveryFinding(@TempDir Path dir) throws Exception {
    Path fleet = ChildJvm.fleet(dir, 3_000);
    Path page = dir.resolve("report.html");

    ScanCommandTest.Run run =
        ScanCommandTest.run(
            fleet.toString(), "--format", "html", "-o", page.toString(), "--no-progress");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .contains(
            "This table shows the first 2000 of 2250 findings.", "report.json beside this file");
    assertThat(
            new ObjectMapper().readTree(dir.resolve("report.json").toFile()).at("/findings").size())
        .isEqualTo(2250);
  }
}
