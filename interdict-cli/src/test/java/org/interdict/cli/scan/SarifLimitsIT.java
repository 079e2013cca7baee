package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a fleet with more findings than GitHub code scanning's 25,000 results per run gives a
 * SARIF file that code scanning accepts: 25,000 results, the rest counted, and under its 10 MB
 * upload limit once gzipped.
 */
class SarifLimitsIT {
  @TempDir Path dir;

  @Test
  void aLargeFleetsSarifStaysWithinCodeScanningsLimits() throws Exception {
    Path fleet = ChildJvm.fleet(dir, 34_000);
    Path sarif = dir.resolve("interdict.sarif");

    ChildJvm.Result run =
        ChildJvm.run(
            dir,
            "512m",
            "scan",
            fleet.toString(),
            "--as-of",
            "2024-10-01",
            "--format",
            "sarif",
            "-o",
            sarif.toString(),
            "--no-progress");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    JsonNode runNode = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0);
    assertThat(runNode.get("results")).hasSize(25_000);
    assertThat(runNode.get("properties").get("omittedResults").asLong()).isPositive();
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(Files.readAllBytes(sarif));
    }
    System.out.printf(
        "SARIF of 25,000 results: %,d bytes, %,d gzipped%n", Files.size(sarif), gzipped.size());
    assertThat(gzipped.size()).isLessThan(10 * 1024 * 1024);
  }
}
