package org.interdict.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.cli.CliRun;
import org.interdict.cli.scan.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay of the bundled example fleet: signed and unsigned, then with its input changed. */
class ReplayCommandTest {
  @TempDir Path dir;
  Path fleet;
  Path report;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeEach
  void signedScan() throws Exception {
    assertThat(run("keys", "generate", "--output", dir.resolve("site").toString()).exit()).isZero();
    fleet = dir.resolve("fleet.osquery.json");
    Files.copy(Examples.fleet(), fleet);
    report = dir.resolve("scan.json");
    CliRun scan =
        run(
            "scan",
            fleet.toString(),
            "--format",
            "json",
            "--output",
            report.toString(),
            "--sign",
            dir.resolve("site").toString(),
            "--all-regimes");
    assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
  }

  @Test
  void theBundledExampleIsReproducedBitForBit() {
    CliRun replay = run("replay", report.toString());
    assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
    assertThat(replay.out())
        .contains("Reproduced bit for bit: " + report + " (7 findings, canonical SHA-256 ");
  }

  @Test
  void withoutItsSignatureAScanIsRebuiltFromTheReportAndTheMissingOptionShows() throws Exception {
    Files.delete(Path.of(report + ".sig"));
    CliRun replay = run("replay", report.toString());
    assertThat(replay.out()).contains("note: no signature: the scan's options were rebuilt");
    // --all-regimes is not in the report, so the rebuilt run lists fewer regimes per finding: a
    // real difference.
    assertThat(replay.exit()).isEqualTo(1);
    assertThat(replay.out()).containsPattern("/findings/\\d+ changed \\(id F-");
  }

  @Test
  void aChangedInputIsNamedAsTheReasonAndAMissingOneStopsTheReplay() throws Exception {
    String text = Files.readString(fleet, StandardCharsets.UTF_8);
    Files.writeString(
        fleet,
        text.replace("Kaspersky Internet Security", "Kaspersky Internet Securitx"),
        StandardCharsets.UTF_8);
    CliRun changed = run("replay", report.toString());
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.out())
        .contains("input changed since the report was signed: argument-file " + fleet)
        .contains("NOT REPRODUCED: ")
        .containsPattern("/findings/\\d+ changed");
    Files.delete(fleet);
    CliRun missing = run("replay", report.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("NOT REPRODUCIBLE: input missing: " + fleet);
  }
}
