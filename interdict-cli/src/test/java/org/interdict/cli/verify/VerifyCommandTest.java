package org.interdict.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * keys generate, scan/screen --sign and verify as a user runs them, on the bundled example fleet.
 */
class VerifyCommandTest {
  @TempDir Path dir;
  Path fleet;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeEach
  void key() throws Exception {
    CliRun keys = run("keys", "generate", "--output", dir.resolve("site").toString());
    assertThat(keys.exit()).as(keys.err()).isZero();
    assertThat(keys.out()).contains("Key fingerprint: sha256:");
    fleet = dir.resolve("fleet.osquery.json");
    Files.copy(org.interdict.cli.scan.Examples.fleet(), fleet);
  }

  @Test
  void aSignedScanVerifiesAndAFlippedByteAnywhereIsNamed() throws Exception {
    Path report = dir.resolve("scan.json");
    CliRun scan =
        run(
            "scan",
            fleet.toString(),
            "--format",
            "json",
            "--output",
            report.toString(),
            "--sign",
            dir.resolve("site").toString());
    assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
    assertThat(scan.err()).contains("Signed: " + report + ".sig");
    String pub = dir.resolve("site.pub").toString();
    CliRun ok = run("verify", report.toString(), "--key", pub);
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).startsWith("Verified: ");

    String text = Files.readString(report, StandardCharsets.UTF_8);
    Files.writeString(
        report, text.replaceFirst("\"prohibited\"", "\"prohibitee\""), StandardCharsets.UTF_8);
    CliRun tampered = run("verify", report.toString(), "--key", pub);
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.out())
        .containsPattern("FAILED report: .* differs at /findings/\\d+ changed \\(id F-");
    Files.writeString(report, text, StandardCharsets.UTF_8);

    byte[] bytes = Files.readAllBytes(fleet);
    bytes[bytes.length / 2] ^= 1;
    Files.write(fleet, bytes);
    CliRun input = run("verify", report.toString(), "--key", pub);
    assertThat(input.exit()).isEqualTo(1);
    assertThat(input.out()).contains("FAILED input-file " + fleet + ": SHA-256 was");
  }

  @Test
  void signingNeedsAJsonReportFileAndVerifyNeedsItsSignature() {
    CliRun table = run("scan", fleet.toString(), "--sign", dir.resolve("site").toString());
    assertThat(table.exit()).isEqualTo(2);
    assertThat(table.err()).contains("--sign signs a JSON report file");
    CliRun missing = run("verify", fleet.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains(".sig: no such file");
    CliRun again = run("keys", "generate", "--output", dir.resolve("site").toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("is never overwritten");
  }

  @Test
  void aSignedScreeningVerifiesAgainstTheBundledList() throws Exception {
    Path report = dir.resolve("screen.json");
    CliRun screen =
        run(
            "screen",
            "Kaspersky Lab",
            "--format",
            "json",
            "--output",
            report.toString(),
            "--sign",
            dir.resolve("site").toString());
    assertThat(screen.exit()).as(screen.err()).isEqualTo(1);
    String sig = Files.readString(Path.of(report + ".sig"), StandardCharsets.UTF_8);
    assertThat(sig)
        .contains("\"scorer\"", "\"index\"", "list-file", "classpath:org/interdict/lists/curated");
    CliRun ok = run("verify", report.toString(), "--key", dir.resolve("site.pub").toString());
    assertThat(ok.exit()).as(ok.out()).isZero();
  }
}
