package org.interdict.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.cli.InterdictCommand;
import org.interdict.cli.scan.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Replay of the bundled example fleet: signed and unsigned, then with its input changed. */
class ReplayCommandTest {
  @TempDir Path dir;
  Path fleet;
  Path report;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = InterdictCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @BeforeEach
  void signedScan() throws Exception {
    assertThat(run("keys", "generate", "--output", dir.resolve("site").toString()).exit()).isZero();
    fleet = dir.resolve("fleet.osquery.json");
    Files.copy(Examples.fleet(), fleet);
    report = dir.resolve("scan.json");
    Run scan = run("scan", fleet.toString(), "--format", "json", "--output", report.toString(), "--sign",
        dir.resolve("site").toString(), "--all-regimes");
    assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
  }

  @Test
  void theBundledExampleIsReproducedBitForBit() {
    Run replay = run("replay", report.toString());
    assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
    assertThat(replay.out()).contains("Reproduced bit for bit: " + report + " (7 findings, canonical SHA-256 ");
  }

  @Test
  void withoutItsSignatureAScanIsRebuiltFromTheReportAndTheMissingOptionShows() throws Exception {
    Files.delete(Path.of(report + ".sig"));
    Run replay = run("replay", report.toString());
    assertThat(replay.out()).contains("note: no signature: the scan's options were rebuilt");
    // --all-regimes is not in the report, so the rebuilt run lists fewer regimes per finding: a real difference.
    assertThat(replay.exit()).isEqualTo(1);
    assertThat(replay.out()).containsPattern("/findings/\\d+ changed \\(id F-");
  }

  @Test
  void aChangedInputIsNamedAsTheReasonAndAMissingOneStopsTheReplay() throws Exception {
    String text = Files.readString(fleet, StandardCharsets.UTF_8);
    Files.writeString(fleet, text.replace("Kaspersky Internet Security", "Kaspersky Internet Securitx"),
        StandardCharsets.UTF_8);
    Run changed = run("replay", report.toString());
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.out()).contains("input changed since the report was signed: argument-file " + fleet)
        .contains("NOT REPRODUCED: ").containsPattern("/findings/\\d+ changed");
    Files.delete(fleet);
    Run missing = run("replay", report.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("NOT REPRODUCIBLE: input missing: " + fleet);
  }
}
