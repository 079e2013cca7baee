package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, point 5: the osquery log parsed on several threads and detected on several threads
 * gives the same report, byte for byte, as one thread reading and detecting, also with malformed,
 * blank, CRLF and Jackson-only lines (batches, over-long numbers) in the middle of the file; in a
 * 64 MiB child JVM, so the parallel path must stay bounded too (docs/adr/011).
 */
class ParallelScanIT {
  private static final List<String> SERIAL =
      List.of("-Dinterdict.osquery.threads=1", "-Dinterdict.scan.detect-threads=1");
  private static final List<String> PARALLEL =
      List.of("-Dinterdict.osquery.threads=3", "-Dinterdict.scan.detect-threads=3");

  @ParameterizedTest
  @ValueSource(strings = {"json", "table"})
  void parallelReportIsByteIdenticalToTheSerialOne(String format, @TempDir Path dir)
      throws Exception {
    Path fleet = withBrokenLines(ChildJvm.fleet(dir, 20_000), dir);
    String[] args = {
      "scan", fleet.toString(), "--as-of", "2024-10-01", "--format", format, "--no-progress"
    };

    ChildJvm.Result serial = ChildJvm.run(dir, "64m", SERIAL, args);
    ChildJvm.Result parallel = ChildJvm.run(dir, "64m", PARALLEL, args);

    assertThat(serial.exit()).as(serial.err()).isEqualTo(1);
    assertThat(parallel.exit()).as(parallel.err()).isEqualTo(1);
    String expected = withoutTimestamp(serial.outText());
    assertThat(expected).contains("malformed-json").contains("number-too-long").contains("H-19998");
    assertThat(withoutTimestamp(parallel.outText())).isEqualTo(expected);
  }

  /**
   * The fleet with a truncated line, a blank line, a batch line and a non-JSON line every 997
   * lines.
   */
  private static Path withBrokenLines(Path fleet, Path dir) throws Exception {
    List<String> lines = Files.readAllLines(fleet, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      switch (i % 997) {
        case 10 -> out.append(line, 0, line.length() / 2).append('\n');
        case 20 -> out.append("   \n").append(line).append('\n');
        case 30 ->
            out.append("{\"name\":\"programs\",\"hostIdentifier\":\"D-")
                .append(i)
                .append("\",\"diffResults\":")
                .append("{\"added\":[{\"name\":\"Kaspersky Total Security\",\"n\":")
                .append("9".repeat(1200))
                .append("}],\"removed\":[{\"name\":\"Gone\"}]}}\n")
                .append(line)
                .append('\n');
        case 40 -> out.append("not json at all\n").append(line).append("\r\n");
        default -> out.append(line).append('\n');
      }
    }
    Path broken = dir.resolve("fleet-broken.osquery.json");
    Files.writeString(broken, out, StandardCharsets.UTF_8);
    return broken;
  }

  private static String withoutTimestamp(String report) {
    return report.replaceFirst("\"generatedAt\" : \"[^\"]+\"", "\"generatedAt\" : \"-\"");
  }
}
