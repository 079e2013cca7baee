package org.interdict.cli.lists;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code interdict lists}: keeps dated, verified snapshots of the official lists in the data
 * directory.
 */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    versionProvider = org.interdict.cli.VersionProvider.class,
    description = {
      "Download, import, inspect and compare dated snapshots of the official lists.",
      "Snapshots live in <data-dir>/lists/<source-id>/<YYYY-MM-DDThhmmssZ>/ with a manifest.json (SHA-256 per file) and are never changed; `interdict screen --as-of DATE` screens against the snapshots in force that day."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0-4:per subcommand (see interdict lists COMMAND --help)",
      "2:usage error (no subcommand given)"
    },
    subcommands = {
      UpdateCommand.class,
      StatusCommand.class,
      DiffCommand.class,
      ImportCommand.class
    })
public final class ListsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  final Clock clock;

  public ListsCommand() {
    this(Clock.systemUTC());
  }

  public ListsCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }
}
