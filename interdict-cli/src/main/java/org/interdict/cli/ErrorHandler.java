package org.interdict.cli;

import org.interdict.InterdictException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure inside a command into one line on stderr and exit code 2: a user's mistake (bad file,
 * unknown id, invalid catalog) deserves its message, not a stack trace. Other exceptions are bugs: they keep
 * their stack trace, and also exit 2 so scripts never read a crash as "found".
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof InterdictException || e instanceof IllegalArgumentException
        || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
      commandLine.getErr().println("interdict: " + e.getMessage());
    } else {
      e.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return ExitCodes.USAGE;
  }
}
