package org.interdict.detection;

import java.util.Objects;

/**
 * One reason for a detection: which record field, its value, and the catalog rule it satisfied,
 * written as {@code <signal>:<catalog entry>} (for example {@code name:kaspersky-endpoint-security}
 * or {@code publisher:kaspersky}).
 */
public record Evidence(String field, String value, String rule) {
  public Evidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }
}
