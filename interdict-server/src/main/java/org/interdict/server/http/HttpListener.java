package org.interdict.server.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how patiently the server listens: the address to bind ({@code 127.0.0.1} unless told
 * otherwise, so a fresh install is not reachable from the network), the longest a client may take
 * to send a request's line and headers (slow clients cannot hold connections open), and the idle
 * timeout of a connection.
 */
public record HttpListener(String bindAddress, Duration headerTimeout, Duration idleTimeout) {
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(20);
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  public HttpListener {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(headerTimeout, "headerTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (bindAddress.isBlank()) {
      throw new IllegalArgumentException(
          "bind address is empty; give an IP address or host name, e.g. 127.0.0.1");
    }
    if (headerTimeout.isNegative()
        || headerTimeout.isZero()
        || idleTimeout.isNegative()
        || idleTimeout.isZero()) {
      throw new IllegalArgumentException(
          "timeouts must be positive, were " + headerTimeout + " and " + idleTimeout);
    }
  }

  public static HttpListener defaults() {
    return new HttpListener(DEFAULT_BIND_ADDRESS, DEFAULT_HEADER_TIMEOUT, DEFAULT_IDLE_TIMEOUT);
  }

  public HttpListener withBindAddress(String address) {
    return new HttpListener(address, headerTimeout, idleTimeout);
  }

  public HttpListener withHeaderTimeout(Duration timeout) {
    return new HttpListener(bindAddress, timeout, idleTimeout);
  }
}
