package org.interdict.cli;

/** The exit codes every subcommand shares: documented in --help and the README. */
public final class ExitCodes {
  /** Nothing covered or matched, and every input was read completely. */
  public static final int CLEAN = 0;

  /** Covered software found, or a screening match at or above the minimum score; only with a complete report. */
  public static final int FOUND = 1;

  /** Usage error, no input could be read, or (scan) part of an input could not be read and nothing was found. */
  public static final int USAGE = 2;

  /** Internal error: a bug, or the Java heap ran out; one line on stderr, the stack trace with --debug. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
