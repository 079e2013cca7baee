package org.interdict.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * ANSI colour for people at a terminal, never in a pipe or a file: on only when the stream is a
 * terminal, the {@code NO_COLOR} variable is unset or empty (https://no-color.org) and {@code TERM}
 * is not {@code dumb}.
 */
public final class Colour {
  private static final String RESET = "\u001b[0m";
  private static final String RED = "\u001b[31m";
  private static final String BOLD_RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[33m";

  private Colour() {}

  /** Whether stdout gets colour. */
  public static boolean onStdout() {
    return enabled(System.getenv(), isTerminal(1));
  }

  /** Whether stderr gets colour. */
  public static boolean onStderr() {
    return enabled(System.getenv(), isTerminal(2));
  }

  static boolean enabled(Map<String, String> environment, boolean terminal) {
    String noColour = environment.get("NO_COLOR");
    return terminal
        && (noColour == null || noColour.isEmpty())
        && !"dumb".equals(environment.get("TERM"));
  }

  /** Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. */
  public static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  static String error(String text, boolean on) {
    return on ? RED + text + RESET : text;
  }

  /**
   * A table report line with its leading status word coloured: prohibited bold red, the other
   * covered statuses yellow; any other line unchanged.
   */
  public static String statusLine(String line) {
    if (line.startsWith("PROHIBITED-FROM")
        || line.startsWith("REVIEW")
        || line.startsWith("ADVISORY")) {
      return colourFirstWord(line, YELLOW);
    }
    if (line.startsWith("PROHIBITED ") || line.startsWith("PROHIBITED\t")) {
      return colourFirstWord(line, BOLD_RED);
    }
    return line;
  }

  private static String colourFirstWord(String line, String colour) {
    int end = line.indexOf(' ');
    end = end < 0 ? line.length() : end;
    return colour + line.substring(0, end) + RESET + line.substring(end);
  }
}
