package org.interdict.cli;

/**
 * The global {@code --debug} switch: when on, an internal error prints its stack trace after its
 * one-line message. Process-wide because it is read where picocli hands back control, outside any
 * one command.
 */
public final class Debug {
  private static volatile boolean enabled;

  private Debug() {}

  public static boolean enabled() {
    return enabled;
  }

  static void enable(boolean on) {
    enabled = on;
  }
}
