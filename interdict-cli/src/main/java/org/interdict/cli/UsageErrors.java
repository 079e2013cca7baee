package org.interdict.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error as two short lines on stderr instead of the whole help: what was wrong (the option,
 * the bad value and what is expected, as the converters and commands word it), then where to read
 * more, as git does. Exit 2.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        "interdict: " + Colour.error(oneLine(e.getMessage()) + suggestion(e), Colour.onStderr()));
    err.println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCodes.USAGE;
  }

  static String oneLine(String message) {
    String text =
        message == null ? "invalid usage" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    return text.isEmpty() ? "invalid usage" : text;
  }

  private static String suggestion(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return "";
    }
    List<String> suggestions = unmatched.getSuggestions();
    return suggestions.isEmpty()
        ? ""
        : " (did you mean "
            + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
            + "?)";
  }
}
