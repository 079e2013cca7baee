package org.interdict.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.interdict.InterdictException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure inside a command into one line on stderr and an exit code. A user's mistake (a named {@link
 * InterdictException}, an unreadable or unwritable file, a value Interdict's own parsing rejected) deserves its
 * message and exit 2. Anything else is a bug: exit 3 with one line, the stack trace only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (!isUserError(e)) {
      return InternalErrors.report(e, commandLine.getErr());
    }
    commandLine.getErr().println("interdict: " + e.getMessage());
    if (Debug.enabled()) {
      e.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return ExitCodes.USAGE;
  }

  static boolean isUserError(Exception e) {
    if (e instanceof InterdictException || e instanceof IOException || e instanceof UncheckedIOException) {
      return true;
    }
    // Some lookups and parsers (list ids, CSV mappings, source settings) still reject a user's value with a plain
    // IllegalArgumentException; they are Interdict methods, not constructors checking their own invariants.
    if (e instanceof IllegalArgumentException && e.getStackTrace().length > 0) {
      StackTraceElement top = e.getStackTrace()[0];
      return top.getClassName().startsWith("org.interdict.") && !top.getMethodName().equals("<init>");
    }
    return false;
  }
}
