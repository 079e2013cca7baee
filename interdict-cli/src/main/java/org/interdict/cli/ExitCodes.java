package org.interdict.cli;

/** The exit codes every subcommand shares: documented in --help and the README. */
public final class ExitCodes {
  /** Nothing covered or matched, and every input was read completely. */
  public static final int CLEAN = 0;

  /**
   * Covered software found, or a screening match at or above the minimum score; only with a
   * complete report.
   */
  public static final int FOUND = 1;

  /**
   * Usage error, no input could be read, or part of an input could not be read (scan), read or
   * screened (screen: a skipped row, a name without letters or digits or in a script that cannot be
   * romanized) and nothing was found.
   */
  public static final int USAGE = 2;

  /**
   * Internal error: a bug, or the Java heap ran out; one line on stderr, the stack trace with
   * --debug.
   */
  public static final int INTERNAL = 3;

  /**
   * A screen ran, but against a list that could not be read completely (rows skipped, bytes
   * replaced, a parser limit, a read error): its results, matches included, are written, yet a "no
   * match" proves nothing. Takes precedence over {@link #FOUND}, which needs a complete report;
   * distinct from 2 and 3 so scripts can tell a damaged list from bad usage or a crash.
   */
  public static final int INCOMPLETE_LISTS = 4;

  private ExitCodes() {}
}
