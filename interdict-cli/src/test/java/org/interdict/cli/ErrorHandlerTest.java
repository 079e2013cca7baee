package org.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.interdict.InterdictException;
import org.interdict.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** Issue 16 point 4: user errors exit 2 with their message, bugs exit 3 with one line, never 1. */
class ErrorHandlerTest {
  private static boolean userError(Runnable failing) {
    try {
      failing.run();
    } catch (RuntimeException e) {
      return ErrorHandler.isUserError(e);
    }
    throw new AssertionError("did not fail");
  }

  @Test
  void namedErrorsAndRejectedValuesAreTheUsersButBrokenInvariantsAreBugs() {
    assertThat(
            userError(
                () -> {
                  throw new InterdictException("unknown report format 'pdf'");
                }))
        .isTrue();
    assertThat(userError(() -> org.interdict.inventory.CsvColumnMapping.parse("nonsense")))
        .isTrue();
    assertThat(userError(() -> new SourceLocation("f", -1, "")))
        .as("a record's invariant")
        .isFalse();
    assertThat(userError(() -> java.util.List.of().get(1))).isFalse();
    assertThat(
            userError(
                () -> {
                  throw new NullPointerException();
                }))
        .isFalse();
  }

  @Test
  void anInternalErrorIsOneLineNamingWhatToTry() {
    StringWriter err = new StringWriter();

    int exit = InternalErrors.report(new OutOfMemoryError("Java heap space"), new PrintWriter(err));

    assertThat(exit).isEqualTo(ExitCodes.INTERNAL).isEqualTo(3);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("out of memory", "INTERDICT_JAVA_OPTS", "--debug");
  }

  @Test
  void aBadDateNamesTheOptionValueAndForm() {
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = InterdictCommand.newCommandLine();
    commandLine.setErr(new PrintWriter(err));

    int exit = commandLine.execute("screen", "Kaspersky Labs Ltd", "--as-of", "2024-13-45");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("--as-of", "'2024-13-45' is not a date; expected YYYY-MM-DD")
        .doesNotContain("java.time")
        .doesNotContain("LocalDate");
  }
}
