package org.interdict.cli.config;

import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code interdict completion}: the bash (and zsh) completion script picocli generates from the
 * commands.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for bash and zsh: commands, options and their choices.",
      "bash: source <(interdict completion)   zsh: autoload -U +X bashcompinit && bashcompinit && "
          + "source <(interdict completion)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "2:usage error",
      "3:internal error (a bug; --debug prints the stack trace)"
    })
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("interdict", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCodes.CLEAN;
  }
}
