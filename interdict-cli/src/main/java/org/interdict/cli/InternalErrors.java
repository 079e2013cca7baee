package org.interdict.cli;

import java.io.PrintWriter;

/**
 * Reports a failure that is not the user's doing (a bug, or an exhausted heap) as one line saying
 * what happened and what to try, and exit code {@link ExitCodes#INTERNAL}, so that a crash never
 * reads as "found" or "clean". The stack trace follows only with {@code --debug}.
 */
final class InternalErrors {
  private InternalErrors() {}

  static int report(Throwable failure, PrintWriter err) {
    err.println("interdict: " + describe(failure));
    if (Debug.enabled()) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  static String describe(Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return "internal error: out of memory ("
          + failure.getMessage()
          + "). Give Interdict a larger heap with the "
          + "INTERDICT_JAVA_OPTS variable, e.g. INTERDICT_JAVA_OPTS=-Xmx4g, or read fewer inputs at once; "
          + "--debug shows the stack trace.";
    }
    if (failure instanceof StackOverflowError) {
      return "internal error: the input nests too deeply for the thread stack. Try INTERDICT_JAVA_OPTS=-Xss16m; "
          + "--debug shows the stack trace.";
    }
    String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    return "internal error (a bug in interdict "
        + VersionProvider.version()
        + "): "
        + failure.getClass().getSimpleName()
        + message
        + ". Please report it with the output of --debug.";
  }
}
