package org.interdict.cli.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code lists} subcommand's help renders (no broken format specifiers) and states its exit
 * codes.
 */
class ListsHelpTest {
  @ParameterizedTest
  @CsvSource({
    "update, 1 at least one failed or suspicious",
    "import, 1 at least one failed or suspicious",
    "status, 1 a source has no snapshot",
    "diff, 1 differences"
  })
  void helpRendersWithExitCodes(String command, String exitCodes) {
    ListsCommandTest.Run run = ListsCommandTest.interdict("lists", command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("Could not format");
    assertThat(run.out().replaceAll("\\s+", " ")).contains("Exit codes: 0").contains(exitCodes);
  }

  @ParameterizedTest
  @CsvSource({
    "lists update --source nope",
    "lists diff --format yaml",
    "lists status --format csv"
  })
  void badOptionsAreUsageErrors(String line) {
    ListsCommandTest.Run run = ListsCommandTest.interdict(line.split(" "));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isNotBlank();
  }
}
