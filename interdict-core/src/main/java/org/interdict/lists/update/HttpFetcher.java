package org.interdict.lists.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.interdict.lists.snapshot.FileDigests;

/**
 * Fetches one file with the JDK HTTP client: HTTPS only (plain HTTP is allowed to loopback
 * addresses, for tests and local mirrors), conditional on the previous ETag / Last-Modified, with a
 * connect timeout, a timeout until the response headers, a deadline for the whole body and a size
 * cap; the body is streamed to a file while its SHA-256 is computed. Thread-safe; {@link #close}
 * stops the deadline timer.
 */
public final class HttpFetcher implements AutoCloseable {
  /** Limits of one fetch. */
  public record Settings(
      Duration connectTimeout, Duration responseTimeout, Duration bodyTimeout, long maxBytes) {
    public Settings {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(responseTimeout, "responseTimeout");
      Objects.requireNonNull(bodyTimeout, "bodyTimeout");
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
      }
    }

    /** 20 s to connect, 60 s to the headers, 10 min for the body, 512 MiB per file. */
    public static Settings defaults() {
      return new Settings(
          Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofMinutes(10), 512L << 20);
    }
  }

  /** The validators of the copy we have, sent as If-None-Match / If-Modified-Since. */
  public record Conditions(Optional<String> etag, Optional<String> lastModified) {
    public static Conditions none() {
      return new Conditions(Optional.empty(), Optional.empty());
    }
  }

  /** What the server answered. */
  public sealed interface Response permits Fetched, NotModified {}

  /** 200: the body is in {@code file}. */
  public record Fetched(
      URI url,
      Path file,
      String sha256,
      long size,
      Optional<String> etag,
      Optional<String> lastModified)
      implements Response {}

  /** 304: our copy is current. */
  public record NotModified(URI url) implements Response {}

  private final Settings settings;
  private final String userAgent;
  private final HttpClient client;
  private final ScheduledExecutorService timer;

  public HttpFetcher(Settings settings, String userAgent) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "interdict-fetch-deadline");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Fetches {@code url} into {@code target} (replaced if present).
   *
   * @throws DownloadFailedException for anything but a complete 200 or a 304
   */
  public Response fetch(URI url, Conditions conditions, Path target) {
    checkAllowed(url);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(settings.responseTimeout())
            .header("User-Agent", userAgent)
            .header("Accept-Encoding", "identity")
            .GET();
    conditions.etag().ifPresent(etag -> request.header("If-None-Match", etag));
    conditions.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new DownloadFailedException(
          url,
          "no response within "
              + settings.responseTimeout().toMillis()
              + " ms ("
              + e.getMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw new DownloadFailedException(url, "request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadFailedException(url, "interrupted", e);
    }
    int status = response.statusCode();
    if (status == 304) {
      close(response.body());
      return new NotModified(url);
    }
    if (status != 200) {
      close(response.body());
      throw new DownloadFailedException(url, "HTTP status " + status + ", expected 200 or 304");
    }
    HttpHeaders headers = response.headers();
    OptionalLong declared = headers.firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() > settings.maxBytes()) {
      close(response.body());
      throw new DownloadFailedException(
          url,
          "Content-Length "
              + declared.getAsLong()
              + " exceeds the cap of "
              + settings.maxBytes()
              + " bytes");
    }
    MessageDigest digest = FileDigests.newSha256();
    long size = copy(url, response.body(), target, digest);
    if (declared.isPresent() && declared.getAsLong() != size) {
      throw new DownloadFailedException(
          url, "truncated: received " + size + " of " + declared.getAsLong() + " bytes");
    }
    return new Fetched(
        url,
        target,
        FileDigests.hex(digest),
        size,
        headers.firstValue("ETag"),
        headers.firstValue("Last-Modified"));
  }

  private long copy(URI url, InputStream body, Path target, MessageDigest digest) {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        timer.schedule(
            () -> {
              expired.set(true);
              close(body);
            },
            settings.bodyTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    long size = 0;
    try (InputStream in = body;
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[1 << 16];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        size += read;
        if (size > settings.maxBytes()) {
          throw new DownloadFailedException(
              url, "body exceeds the cap of " + settings.maxBytes() + " bytes");
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      if (expired.get()) {
        throw new DownloadFailedException(
            url,
            "body not complete within "
                + settings.bodyTimeout().toMillis()
                + " ms after "
                + size
                + " bytes",
            e);
      }
      throw new DownloadFailedException(
          url, "connection failed after " + size + " bytes (truncated): " + e, e);
    } finally {
      deadline.cancel(false);
    }
    if (expired.get()) {
      throw new DownloadFailedException(
          url,
          "body not complete within "
              + settings.bodyTimeout().toMillis()
              + " ms after "
              + size
              + " bytes");
    }
    return size;
  }

  /**
   * HTTPS, or HTTP to a loopback address; nothing else (no file:, no ftp:, no plain HTTP on the
   * network).
   */
  static void checkAllowed(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && isLoopback(url.getHost())) {
      return;
    }
    throw new DownloadFailedException(
        url, "refused: only https URLs (or http to a loopback address) are fetched");
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
      return false;
    }
    try {
      return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void close(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // nothing to do: the stream is abandoned either way
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
