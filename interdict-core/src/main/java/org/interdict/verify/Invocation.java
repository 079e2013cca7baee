package org.interdict.verify;

import java.util.List;
import java.util.Objects;

/**
 * The command line that wrote a report and the folder it ran in: what {@code interdict replay} runs
 * again.
 */
public record Invocation(String command, List<String> arguments, String workingDirectory) {
  public Invocation {
    Objects.requireNonNull(command, "command");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }
}
