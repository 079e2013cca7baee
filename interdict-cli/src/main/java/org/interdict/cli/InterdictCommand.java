package org.interdict.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.interdict.SuppressForbidden;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code interdict} command; each feature contributes one subcommand. */
@Command(
    name = "interdict",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Find prohibited vendors' software in inventories and screen parties against restricted lists.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  nothing found: no covered software (scan), no match (screen), no new hit (rescreen),",
      "     no difference (lists diff), no source failed or missing (lists update, import, status)",
      "  1  found: covered software, a match, a new hit, a difference, or a list source that failed,",
      "     was suspicious or has no snapshot (see each command's --help)",
      "  2  usage error, or no input could be read (scan: or part of one, when nothing covered was found)",
      "  3  internal error: a bug, or out of memory (raise the heap with INTERDICT_JAVA_OPTS=-Xmx4g);",
      "     one line on stderr, the stack trace with --debug",
      "  4  screen, rescreen: a list was not read completely (rows skipped, bad bytes, a parser limit);",
      "     results are written, but a no-match proves nothing",
      "",
      "Spark jobs: ./interdict spark screen|scan|rescreen (see docs/scale-out.md)."
    },
    subcommands = {CommandLine.HelpCommand.class})
public final class InterdictCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print the stack trace after the one-line message.")
  void debug(boolean on) {
    Debug.enable(on);
  }

  @CommandLine.Option(
      names = "--quiet",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print only errors on stderr (no summaries, warnings or progress).")
  void quiet(boolean on) {
    Verbosity.quiet(on);
  }

  // Read from the raw arguments before parsing (Configuration.load), since option defaults come
  // from the file.
  @CommandLine.Option(
      names = "--config",
      paramLabel = "FILE",
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "Read option defaults from this YAML file instead of ./interdict.yaml (see interdict config).")
  java.nio.file.Path config;

  // Read from the raw arguments before the first logger exists (Verbosity.configureLogging);
  // declared here so that
  // picocli accepts, validates and documents them.
  @CommandLine.Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "Also print the libraries' log lines at info level on stderr (default: off; serve: info).")
  boolean verbose;

  @CommandLine.Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "Log level of the libraries' log lines on stderr: off, error, warn, info, debug or trace.")
  void logLevel(String level) {
    if (!Verbosity.LEVELS.contains(level.toLowerCase(java.util.Locale.ROOT))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--log-level: '"
              + level
              + "' is not a level; "
              + "expected off, error, warn, info, debug or trace");
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * A command line with UTF-8 output, whatever the platform charset, and every subcommand
   * registered.
   */
  @SuppressForbidden(
      reason = "the one place the CLI binds stdout (its reports) and stderr (its messages)")
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new InterdictCommand());
    commandLine.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrors());
    Verbosity.quiet(false);
    for (Object subcommand : Subcommands.all()) {
      commandLine.addSubcommand(subcommand);
    }
    HelpLayout.apply(commandLine);
    commandLine.registerConverter(LocalDate.class, InterdictCommand::date);
    return commandLine;
  }

  /** A date option's value, with a message naming the expected form instead of a Java class. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, " + "e.g. 2024-09-29");
    }
  }
}
