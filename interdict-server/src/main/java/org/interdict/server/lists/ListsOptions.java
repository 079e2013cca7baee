package org.interdict.server.lists;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server updates its lists and whom it tells: source settings as {@code interdict lists
 * update} takes them ({@code <id>.url}, {@code <id>.min-entries}; {@code
 * <data-dir>/sources.properties} is read as well), the webhook's URL and HMAC secret, and its
 * bounded retries (attempts, first backoff, doubled each time).
 */
public record ListsOptions(
    Map<String, String> sourceSettings,
    Optional<URI> webhookUrl,
    Optional<String> webhookSecret,
    int webhookAttempts,
    Duration webhookBackoff) {
  public static final int DEFAULT_ATTEMPTS = 4;
  public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);

  public ListsOptions {
    sourceSettings = Map.copyOf(sourceSettings);
    Objects.requireNonNull(webhookUrl, "webhookUrl");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(webhookBackoff, "webhookBackoff");
    if (webhookAttempts < 1 || webhookAttempts > 10) {
      throw new IllegalArgumentException("webhookAttempts must be 1-10, was " + webhookAttempts);
    }
    webhookUrl.ifPresent(
        url -> {
          String scheme = url.getScheme() == null ? "" : url.getScheme();
          if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("webhook URL must be http or https, was " + url);
          }
        });
  }

  /** No overrides, no webhook. */
  public static ListsOptions defaults() {
    return new ListsOptions(
        Map.of(), Optional.empty(), Optional.empty(), DEFAULT_ATTEMPTS, DEFAULT_BACKOFF);
  }

  /** Source settings with {@code ID=URL} overrides as {@code --source-url} gives them. */
  public ListsOptions withSourceUrls(Map<String, String> urls) {
    Map<String, String> settings = new java.util.LinkedHashMap<>(sourceSettings);
    urls.forEach((id, url) -> settings.put(id + ".url", url));
    return new ListsOptions(settings, webhookUrl, webhookSecret, webhookAttempts, webhookBackoff);
  }

  public ListsOptions withWebhook(URI url, Optional<String> secret) {
    return new ListsOptions(
        sourceSettings, Optional.of(url), secret, webhookAttempts, webhookBackoff);
  }

  public ListsOptions withRetries(int attempts, Duration backoff) {
    return new ListsOptions(sourceSettings, webhookUrl, webhookSecret, attempts, backoff);
  }
}
