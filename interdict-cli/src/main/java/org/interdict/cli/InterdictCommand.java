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
      "  0  nothing covered found (scan) / no match at or above the minimum score (screen)",
      "  1  covered software found (scan) / at least one match (screen)",
      "  2  usage error, or no input could be read"
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
