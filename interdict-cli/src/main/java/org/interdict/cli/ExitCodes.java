package org.interdict.cli;

/** The exit codes every subcommand shares: documented in --help and the README. */
public final class ExitCodes {
  /** Nothing covered or matched. */
  public static final int CLEAN = 0;

  /** Covered software found, or a screening match at or above the minimum score. */
  public static final int FOUND = 1;

  /** Usage error, or no input could be read. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
