package org.interdict.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the repository (the shared data folder, Chromium): when it is
 * missing the test is skipped with a message on stderr, or, under {@code
 * -Dinterdict.require.shared=true} (set by {@code .ci/run}), fails, so that a CI run cannot pass by
 * silently skipping the tests that read real data.
 */
public final class Prerequisites {
  /** The system property that turns a missing prerequisite from a skip into a failure. */
  public static final String REQUIRE = "interdict.require.shared";

  private Prerequisites() {}

  /**
   * The shared data folder: {@code interdict.shared.dir} (set by the POM), else {@code
   * ../../shared}.
   */
  public static Path sharedDir() {
    return Path.of(System.getProperty("interdict.shared.dir", "../../shared"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * Continues when {@code present}; otherwise fails under {@link #REQUIRE}, else skips the test.
   *
   * @param missing what is missing and where it was looked for, e.g. "shared list data not found at
   *     /x"
   */
  public static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if (Boolean.getBoolean(REQUIRE)) {
      throw new AssertionError(
          missing + " (-D" + REQUIRE + "=true: a missing prerequisite fails the build)");
    }
    System.err.println(
        "SKIPPED: " + missing + " (run with -D" + REQUIRE + "=true to fail instead)");
    Assumptions.abort(missing);
  }
}
