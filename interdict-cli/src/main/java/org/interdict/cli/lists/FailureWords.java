package org.interdict.cli.lists;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A failed download's reason in plain words for the person at the terminal: "could not connect to
 * host" instead of a Java exception's class name. The recorded reason (status, manifest) stays the
 * exact text; this only words it.
 */
final class FailureWords {
  private FailureWords() {}

  /**
   * Whether the reason says the network could not be reached at all, so that {@code lists import}
   * is the way on.
   */
  static boolean isNetwork(String reason) {
    return words(reason).isPresent();
  }

  /** The reason, worded plainly when it is a network failure; otherwise unchanged. */
  static String plain(String reason) {
    return words(reason).orElse(reason);
  }

  private static Optional<String> words(String reason) {
    String url = reason.contains(": ") ? reason.substring(0, reason.indexOf(": ")) : "";
    String host = host(url);
    if (reason.contains("UnknownHostException") || reason.contains("UnresolvedAddressException")) {
      return Optional.of(
          "could not resolve " + host + " (no network, or no DNS) while fetching " + url);
    }
    if (reason.contains("ConnectException")
        || reason.contains("NoRouteToHostException")
        || reason.toLowerCase(Locale.ROOT).contains("network is unreachable")) {
      return Optional.of(
          "could not connect to "
              + host
              + " (no network, or the server refused the connection) "
              + "while fetching "
              + url);
    }
    if (reason.contains("HttpConnectTimeoutException")) {
      return Optional.of(
          host
              + " did not accept a connection in time (no network, or a firewall) while fetching "
              + url);
    }
    return Optional.empty();
  }

  private static String host(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() == null
          ? "the server"
          : uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return "the server";
    }
  }
}
