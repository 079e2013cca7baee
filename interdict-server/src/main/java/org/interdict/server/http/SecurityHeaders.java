package org.interdict.server.http;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every response carries, API and dashboard alike. The Content-Security-Policy fits the
 * dashboard: plain HTML, ES modules and Chart.js all served by this server, no inline script or
 * style, no framing, fetches to this origin only.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; "
          + "img-src 'self'; connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";
  private static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer");

  private SecurityHeaders() {}

  /**
   * Sets each header through {@code setter} (a servlet response's {@code setHeader}, or Jetty's
   * fields' put).
   */
  public static void apply(BiConsumer<String, String> setter) {
    HEADERS.forEach(setter);
  }
}
