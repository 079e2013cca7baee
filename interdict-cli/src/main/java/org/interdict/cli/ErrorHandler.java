package org.interdict.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.interdict.InterdictException;
import org.interdict.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The CLI's one translation of a failure into an exit code (ADR 006), by the failure's type only. A
 * named failure ({@link InterdictException}: unreadable input, not found, conflict...; {@link
 * InvalidValueException}: a value the user gave) or an unreadable or unwritable file is the user's
 * to fix: its message on stderr and exit 2. Anything else, a plain {@link IllegalArgumentException}
 * or {@link IllegalStateException} included, is a bug: exit 3 with one line, the stack trace only
 * with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (!isUserError(e)) {
      return InternalErrors.report(e, commandLine.getErr());
    }
    commandLine.getErr().println("interdict: " + e.getMessage());
    if (Debug.enabled()) {
      e.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return getExitCode(e);
  }

  @Override
  public int getExitCode(Throwable failure) {
    return failure instanceof Exception e && isUserError(e) ? ExitCodes.USAGE : ExitCodes.INTERNAL;
  }

  static boolean isUserError(Exception e) {
    return e instanceof InterdictException
        || e instanceof InvalidValueException
        || e instanceof IOException
        || e instanceof UncheckedIOException;
  }
}
