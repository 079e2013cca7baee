package org.interdict.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.interdict.SuppressForbidden;

/**
 * Entry point of the {@code interdict} command: exit codes come from the subcommands, and an {@link
 * Error} that escapes them (an {@code OutOfMemoryError} above all) exits {@link
 * ExitCodes#INTERNAL}, never 1.
 */
public final class Main {
  private Main() {}

  @SuppressForbidden(
      reason = "an error that escaped picocli is reported on stderr, the only channel left")
  public static void main(String[] args) {
    Verbosity.configureLogging(args);
    int exit;
    try {
      picocli.CommandLine commandLine = InterdictCommand.newCommandLine();
      exit =
          org.interdict.cli.config.Configuration.installFor(commandLine, args)
              ? commandLine.execute(args)
              : ExitCodes.USAGE;
    } catch (Throwable failure) {
      exit =
          InternalErrors.report(
              failure, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)));
    }
    System.exit(exit);
  }
}
