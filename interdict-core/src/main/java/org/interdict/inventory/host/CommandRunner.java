package org.interdict.inventory.host;

import java.util.List;
import java.util.Optional;

/**
 * Runs an external command (rpm, reg) and returns its standard output. A seam so that tests can
 * give canned output instead of needing rpm or Windows; implementations must be thread-safe.
 */
@FunctionalInterface
public interface CommandRunner {
  /**
   * The command's output; empty when it cannot be started (not installed) or does not finish
   * successfully.
   */
  Optional<String> run(List<String> command);
}
