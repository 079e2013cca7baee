package org.interdict.fuzz;

/**
 * While fuzzing (JAZZER_FUZZ set), readers would log a warning per input, millions of lines that
 * slow the fuzzer down; this raises slf4j-simple's level before the first logger exists. Regression
 * runs log as usual.
 */
final class Logging {
  private Logging() {}

  static void quietWhileFuzzing() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isEmpty()) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    }
  }
}
