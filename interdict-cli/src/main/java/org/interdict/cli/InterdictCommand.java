package org.interdict.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code interdict} command; each feature contributes one subcommand. */
@Command(
    name = "interdict",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Find prohibited vendors' software in inventories and screen parties against restricted lists.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  nothing found: no covered software (scan), no match (screen), no new hit (rescreen),",
      "     no difference (lists diff), no source failed or missing (lists update, import, status)",
      "  1  found: covered software, a match, a new hit, a difference, or a list source that failed,",
      "     was suspicious or has no snapshot (see each command's --help)",
      "  2  usage error, or no input could be read",
      "  4  screen, rescreen: a list was not read completely (rows skipped, bad bytes, a parser limit);",
      "     results are written, but a no-match proves nothing"
    },
    subcommands = {CommandLine.HelpCommand.class})
public final class InterdictCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** A command line with UTF-8 output, whatever the platform charset, and every subcommand registered. */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new InterdictCommand());
    commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    for (Object subcommand : Subcommands.all()) {
      commandLine.addSubcommand(subcommand);
    }
    return commandLine;
  }
}
