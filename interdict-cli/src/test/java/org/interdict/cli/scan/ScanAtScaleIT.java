package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16 in child JVMs: a scan whose findings cannot all fit in the heap still completes with a
 * complete, folded report; two runs write the same bytes in every format; and a starved heap exits
 * 3 with one line.
 */
class ScanAtScaleIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void findingsStreamAndFoldInAHeapThatCannotHoldThem(@TempDir Path dir) throws Exception {
    // 30,000 hosts, twice over: 600,000 records, 45,000 findings of 2 occurrences each. Holding
    // them and their
    // JSON tree (about 7 KB each before issue 16) needs far more than 64 MiB; streaming needs a few
    // MiB.
    Path fleet = ChildJvm.fleet(dir, 30_000);
    Path report = dir.resolve("report.json");

    ChildJvm.Result run =
        ChildJvm.run(
            dir,
            "64m",
            "scan",
            fleet.toString(),
            "--as-of",
            "2024-10-01",
            "--format",
            "json",
            "--output",
            report.toString(),
            "--no-progress");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    JsonNode root = JSON.readTree(report.toFile());
    assertThat(root.at("/complete").asBoolean()).isTrue();
    assertThat(root.at("/summary/records").asLong()).isEqualTo(600_000);
    assertThat(root.at("/summary/findings").asLong()).isEqualTo(22_500);
    assertThat(root.at("/findings").size()).isEqualTo(22_500);
    assertThat(root.at("/summary/hostsAffected").asLong()).isEqualTo(15_000);
    for (JsonNode finding : root.at("/findings")) {
      assertThat(finding.at("/occurrences").asLong()).as(finding.toString()).isEqualTo(2);
    }
    JsonNode first = root.at("/findings/0");
    assertThat(first.at("/host").asText()).isEqualTo("H-0");
    assertThat(first.at("/location/line").asLong())
        .as("the first of the two snapshots")
        .isEqualTo(1);
    assertThat(Files.size(report) / 22_500).as("JSON bytes per finding").isLessThanOrEqualTo(1_500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "csv", "sarif", "html"})
  void twoRunsWriteTheSameBytes(String format, @TempDir Path dir) throws Exception {
    Path fleet = ChildJvm.fleet(dir, 300);
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        "{\"name\":\"pack_inventory_programs\",\"hostIdentifier\":\"X\",\"snapshot\":[{\"na\n",
        StandardCharsets.UTF_8);
    Path example = ScanCommandTest.findExample("fleet.osquery.json");
    String[] args = {
      "scan",
      example.toString(),
      fleet.toString(),
      broken.toString(),
      "--as-of",
      "2024-10-01",
      "--format",
      format,
      "--no-progress"
    };

    String first = ChildJvm.run(dir, "256m", args).outText();
    String second = ChildJvm.run(dir, "256m", args).outText();

    assertThat(first).contains("H-298");
    assertThat(withoutTimestamp(second)).isEqualTo(withoutTimestamp(first));
  }

  /** The one timestamp of any scan report: the JSON's {@code generatedAt}. */
  private static String withoutTimestamp(String report) {
    return report.replaceFirst("\"generatedAt\" : \"[^\"]+\"", "\"generatedAt\" : \"-\"");
  }

  @Test
  void aStarvedHeapExitsThreeWithOneLineAndTheTraceOnlyWithDebug(@TempDir Path dir)
      throws Exception {
    Path fleet = ChildJvm.fleet(dir, 2_000);
    Path report = dir.resolve("report.json");
    String[] args = {
      "scan", fleet.toString(), "--format", "json", "--output", report.toString(), "--no-progress"
    };

    ChildJvm.Result plain = ChildJvm.run(dir, "12m", args);

    assertThat(plain.exit()).as(plain.err()).isEqualTo(3);
    assertThat(plain.err().strip().lines()).hasSize(1);
    assertThat(plain.err())
        .contains("out of memory", "INTERDICT_JAVA_OPTS")
        .doesNotContain("\tat ");
    assertThat(report).as("no half-written report is left behind").doesNotExist();
    assertThat(dir.resolve("report.json.partial")).doesNotExist();

    ChildJvm.Result debug = ChildJvm.run(dir, "12m", prepend("--debug", args));
    assertThat(debug.exit()).isEqualTo(3);
    assertThat(debug.err()).contains("OutOfMemoryError", "\tat ");
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
