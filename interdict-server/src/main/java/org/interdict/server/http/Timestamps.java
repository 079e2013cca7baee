package org.interdict.server.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Instants as the API writes them: {@code YYYY-MM-DDThh:mm:ssZ}, UTC, whole seconds. */
public final class Timestamps {
  private Timestamps() {}

  public static String format(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The formatted instant, or null (JSON null) when absent. */
  public static String format(Optional<Instant> instant) {
    return instant.map(Timestamps::format).orElse(null);
  }
}
