package org.interdict.spark;

import java.io.PrintWriter;
import org.interdict.InterdictException;
import org.interdict.InvalidValueException;
import picocli.CommandLine;

/**
 * Runs a job's picocli command and maps its failures to the project's exit codes: 2 for a usage
 * error or an input that cannot be read (the message names it), 3 for anything else (an internal
 * error, with its stack trace).
 */
public final class Jobs {
  /**
   * Exit code of an internal error; equals the CLI's ExitCodes.INTERNAL that the scan-scale work
   * introduces.
   */
  public static final int INTERNAL = 3;

  public static final int USAGE = 2;

  /**
   * A screening list was not read completely, so a no-match proves nothing; equals the CLI's
   * ExitCodes.
   */
  public static final int INCOMPLETE_LISTS = 4;

  private Jobs() {}

  /** This build's version, as the CLI reports it ("development" outside a packaged jar). */
  public static String version() {
    String version = Jobs.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** Answers {@code --version} with this build's version. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"interdict-spark " + version()};
    }
  }

  public static int run(Object command, String[] args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof InterdictException || e instanceof InvalidValueException) {
            err.println("interdict spark " + commandLine.getCommandName() + ": " + e.getMessage());
            return USAGE;
          }
          err.println("interdict spark " + commandLine.getCommandName() + ": internal error: " + e);
          e.printStackTrace(err);
          return INTERNAL;
        });
    return cli.execute(args);
  }
}
