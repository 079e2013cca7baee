package org.interdict.cli;

import picocli.CommandLine;

/** Entry point of the {@code interdict} command: exit codes come from the subcommands. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(InterdictCommand.newCommandLine().execute(args));
  }
}
