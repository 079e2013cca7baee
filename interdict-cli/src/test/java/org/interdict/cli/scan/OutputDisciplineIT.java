package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: stdout carries the report, stderr only the tool's short messages; the libraries' log
 * lines only with --verbose or --log-level; --quiet leaves only errors. In a child JVM, since the
 * log level is set once per process.
 */
class OutputDisciplineIT {
  private static final Path FLEET = ScanCommandTest.findExample("fleet.osquery.json");

  @TempDir Path dir;

  @Test
  void aCleanScanWritesNothingOnStderr() throws Exception {
    ChildJvm.Result scan =
        ChildJvm.run(dir, "256m", "scan", FLEET.toString(), "--as-of", "2024-10-01");

    assertThat(scan.exit()).isEqualTo(1);
    assertThat(scan.err()).isEmpty();
    assertThat(scan.outText()).contains("PROHIBITED").doesNotContain("\u001b[");
  }

  @Test
  void libraryLogLinesOnlyWhenAskedFor() throws Exception {
    ChildJvm.Result plain = ChildJvm.run(dir, "256m", "screen", "Kaspersky Lab");
    ChildJvm.Result verbose = ChildJvm.run(dir, "256m", "screen", "--verbose", "Kaspersky Lab");
    ChildJvm.Result quiet =
        ChildJvm.run(dir, "256m", "screen", "--quiet", "--format", "json", "Kaspersky Lab");

    assertThat(plain.exit()).isEqualTo(1);
    assertThat(plain.err()).doesNotContain("INFO");
    assertThat(verbose.err()).contains("INFO org.interdict.screening.ScreeningIndex");
    assertThat(quiet.exit()).isEqualTo(1);
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.outText()).contains("Kaspersky");
  }

  @Test
  void quietStillPrintsErrors() throws Exception {
    ChildJvm.Result missing =
        ChildJvm.run(dir, "256m", "scan", "--quiet", dir.resolve("absent.json").toString());

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no input could be read");
    assertThat(missing.outText()).contains("absent.json");
  }
}
