package org.interdict.lists.snapshot;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Interdict keeps its state: {@code --data-dir}, else {@code $INTERDICT_HOME}, else {@code
 * ~/.interdict}.
 */
public final class DataDirs {
  /** The environment variable naming the data directory. */
  public static final String HOME_VARIABLE = "INTERDICT_HOME";

  private DataDirs() {}

  public static Path resolve(Map<String, String> environment, String userHome) {
    String home = environment.get(HOME_VARIABLE);
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    return Path.of(userHome, ".interdict");
  }

  /** The data directory of this process (environment and {@code user.home}). */
  public static Path current() {
    return resolve(System.getenv(), System.getProperty("user.home"));
  }
}
