package org.interdict.server.lists;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a JSON body to the configured webhook, signed when a secret is set ({@value #SIGNATURE}:
 * {@code sha256=<hex HMAC-SHA256 of the body>}), retrying a failed delivery (network error or
 * non-2xx answer) a bounded number of times with doubling backoff. Never throws for a failed
 * delivery: the outcome says what happened. Thread-safe.
 */
final class Webhook {
  static final String SIGNATURE = "X-Interdict-Signature";
  static final String EVENT = "X-Interdict-Event";
  static final String DELIVERY = "X-Interdict-Delivery";
  private static final Logger LOG = LoggerFactory.getLogger(Webhook.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final URI url;
  private final Optional<String> secret;
  private final int attempts;
  private final Duration backoff;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  Webhook(URI url, Optional<String> secret, int attempts, Duration backoff) {
    this.url = url;
    this.secret = secret;
    this.attempts = attempts;
    this.backoff = backoff;
  }

  /**
   * How a delivery ended: {@code delivered} or {@code failed}, after how many attempts, and the
   * last answer.
   */
  record Outcome(String status, int attempts, String detail) {}

  /** The signature header's value for a body and secret. */
  static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
    }
  }

  Outcome deliver(String event, String deliveryId, byte[] body) {
    String last = "";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url)
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header(EVENT, event)
              .header(DELIVERY, deliveryId)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      secret.ifPresent(key -> request.header(SIGNATURE, sign(body, key)));
      try {
        HttpResponse<Void> response =
            client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 == 2) {
          return new Outcome("delivered", attempt, "HTTP " + response.statusCode());
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException e) {
        last = "request failed: " + e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome("failed", attempt, "interrupted after: " + last);
      }
      LOG.warn(
          "Webhook delivery {} attempt {} of {} failed ({}); {}",
          deliveryId,
          attempt,
          attempts,
          last,
          attempt < attempts ? "retrying" : "giving up");
      if (attempt < attempts && !sleep(backoff.multipliedBy(1L << (attempt - 1)))) {
        return new Outcome("failed", attempt, "interrupted after: " + last);
      }
    }
    return new Outcome("failed", attempts, last);
  }

  private static boolean sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
