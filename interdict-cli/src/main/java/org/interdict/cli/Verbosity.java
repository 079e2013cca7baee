package org.interdict.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;

/**
 * How much Interdict says on stderr: its own short messages (summaries, warnings) unless {@code
 * --quiet}, which leaves only errors; and the libraries' log lines, off unless {@code --verbose} or
 * {@code --log-level} asks for them (docs/adr/010-cli-output-and-configuration.md). The log level
 * is set from the raw arguments before the first logger exists, because slf4j-simple reads it once;
 * the options on {@link InterdictCommand} document and validate it. Process-wide, like {@link
 * Debug}.
 */
public final class Verbosity {
  /** The slf4j-simple property this class sets, unless the user already set it with {@code -D}. */
  static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  /** The levels {@code --log-level} takes. */
  static final Set<String> LEVELS = Set.of("off", "error", "warn", "info", "debug", "trace");

  private static volatile boolean quiet;

  private Verbosity() {}

  public static boolean quiet() {
    return quiet;
  }

  static void quiet(boolean on) {
    quiet = on;
  }

  /**
   * Where a command writes its own non-error messages: {@code err}, or nowhere under {@code
   * --quiet}. Errors keep going to {@code err} itself.
   */
  public static PrintWriter notes(PrintWriter err) {
    return quiet ? new PrintWriter(Writer.nullWriter()) : err;
  }

  /**
   * Sets the libraries' log level from the raw arguments: {@code --log-level L}, {@code --verbose}
   * (info), {@code --quiet} (off); otherwise off, except for {@code serve}, whose log is its
   * running record (info).
   */
  static void configureLogging(String[] args) {
    if (System.getProperty(LOG_LEVEL_PROPERTY) != null) {
      return;
    }
    System.setProperty(LOG_LEVEL_PROPERTY, logLevel(args));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }

  static String logLevel(String[] args) {
    String level = null;
    String command = null;
    boolean quietSeen = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--log-level") && i + 1 < args.length) {
        level = args[++i].toLowerCase(Locale.ROOT);
      } else if (arg.startsWith("--log-level=")) {
        level = arg.substring("--log-level=".length()).toLowerCase(Locale.ROOT);
      } else if (arg.equals("--verbose") && level == null) {
        level = "info";
      } else if (arg.equals("--quiet")) {
        quietSeen = true;
      } else if (command == null && !arg.startsWith("-")) {
        command = arg;
      }
    }
    if (level != null && LEVELS.contains(level)) {
      return level;
    }
    if (quietSeen) {
      return "off";
    }
    return "serve".equals(command) ? "info" : "off";
  }
}
