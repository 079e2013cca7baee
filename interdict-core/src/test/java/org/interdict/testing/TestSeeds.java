package org.interdict.testing;

/**
 * Seeds for seeded random tests: {@code -Dinterdict.test.seed=N} replays a failure; without it each
 * call draws a fresh seed. Tests put {@link #replay(long)} in their failure message.
 */
public final class TestSeeds {
  /** The system property that fixes the seed. */
  public static final String PROPERTY = "interdict.test.seed";

  private TestSeeds() {}

  /** The seed to use: the property's value when set, else a fresh one. */
  public static long next() {
    String fixed = System.getProperty(PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      return Long.parseLong(fixed.strip());
    }
    return System.nanoTime() ^ Thread.currentThread().getId() * 0x9E3779B97F4A7C15L;
  }

  /** "seed N (replay with -Dinterdict.test.seed=N)", for failure messages. */
  public static String replay(long seed) {
    return "seed " + seed + " (replay with -D" + PROPERTY + "=" + seed + ")";
  }
}
