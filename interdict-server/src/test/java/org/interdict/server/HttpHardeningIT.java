package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.interdict.server.http.HttpListener;
import org.interdict.server.http.HttpSetup;
import org.interdict.server.http.Problems;
import org.interdict.server.http.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, server warnings: every error answer is problem+json, Jetty's own refusals included;
 * every response carries the security headers; a client that sends its headers slowly is cut off;
 * the server binds to 127.0.0.1 by default; a leftover upload spool file is deleted at start-up.
 * Real HTTP on port 0, bounded socket timeouts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpHardeningIT {
  private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(1);
  private Path dataDir;
  private Path leftover;
  private InterdictServer server;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    dataDir = dir;
    leftover = dir.resolve("tmp").resolve("MultiPart1234567890.tmp");
    Files.createDirectories(leftover.getParent());
    Files.write(leftover, new byte[4096]);
    server =
        InterdictServer.start(
            ServerConfig.of(0, dataDir)
                .withListener(HttpListener.defaults().withHeaderTimeout(HEADER_TIMEOUT)));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static void assertSecurityHeaders(RawHttp.Answer answer) {
    assertThat(answer.header("Content-Security-Policy"))
        .as(answer.head())
        .contains("default-src 'none'")
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  private static void assertProblem(RawHttp.Answer answer, int status) {
    assertThat(answer.status()).as(answer.head()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).as(answer.head()).startsWith(Problems.CONTENT_TYPE);
    JsonNode body = Http.JSON.valueToTree(parse(answer.body()));
    assertThat(body.get("type").asText()).startsWith(Problems.TYPE_BASE);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asText()).isNotBlank();
    assertThat(answer.body())
        .doesNotContain("<html")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  private static JsonNode parse(String body) {
    try {
      return Http.JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private String get(String target, String... headers) {
    return "GET "
        + target
        + " HTTP/1.1\r\nHost: localhost\r\n"
        + String.join("", headers)
        + "Connection: close\r\n\r\n";
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/healthz",
        "/",
        "/js/app.js",
        "/webjars/chart.js/4.5.1/dist/chart.umd.js",
        "/api/v1/nothing-here"
      })
  void everyResponseCarriesTheSecurityHeaders(String target) {
    RawHttp.Answer answer = RawHttp.send(server.port(), get(target));
    assertThat(answer.status()).isIn(200, 401, 404);
    assertSecurityHeaders(answer);
  }

  @Test
  void aMalformedHeaderIsRefusedAsProblemJson() {
    RawHttp.Answer answer =
        RawHttp.send(server.port(), get("/healthz", "Bad Header Without Colon\r\n"));
    assertProblem(answer, 400);
    assertSecurityHeaders(answer);
  }

  @Test
  void anOversizedHeaderIsRefusedWith431AsProblemJson() {
    RawHttp.Answer answer =
        RawHttp.send(server.port(), get("/healthz", "X-Big: " + "a".repeat(64 * 1024) + "\r\n"));
    assertProblem(answer, 431);
    assertThat(answer.body()).contains("request-header-fields-too-large");
  }

  @Test
  void anOverlongUriIsRefusedWith414AsProblemJson() {
    RawHttp.Answer answer =
        RawHttp.send(server.port(), get("/api/v1/search?name=" + "a".repeat(64 * 1024)));
    assertProblem(answer, 414);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/js/..%2f..%2f..%2fetc/passwd",
        "/webjars/%2e%2e/%2e%2e/%2e%2e/etc/passwd"
      })
  void aTraversingPathIsRefusedAsProblemJson(String target) {
    RawHttp.Answer answer = RawHttp.send(server.port(), get(target));
    assertThat(answer.status()).isIn(400, 404);
    assertProblem(answer, answer.status());
    assertThat(answer.body()).doesNotContain("root:");
  }

  @Test
  void anErrorInAHandlerSuchAsRunningOutOfMemoryIsAProblemJson500() {
    Javalin app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              HttpSetup.configure(c, HttpListener.defaults(), 0);
            });
    Problems.install(app);
    HttpSetup.install(app);
    new Routes(app)
        .get(
            "/boom",
            ctx -> {
              throw new OutOfMemoryError("Java heap space");
            });
    app.start();
    try {
      RawHttp.Answer answer = RawHttp.send(app.port(), get("/boom"));
      assertProblem(answer, 500);
      assertThat(answer.body()).contains("internal-error").doesNotContain("heap");
      assertSecurityHeaders(answer);
    } finally {
      app.stop();
    }
  }

  @Test
  void aClientSendingItsHeadersSlowlyIsCutOffAtTheHeaderTimeout()
      throws IOException, InterruptedException {
    try (Socket socket = RawHttp.connect(server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      boolean closed = false;
      // one header byte every 200 ms keeps the idle timeout (30 s) from ever firing; the header
      // deadline must
      for (int i = 0; i < 50 && !closed; i++) {
        try {
          out.write('X');
          out.flush();
        } catch (IOException e) {
          closed = true;
        }
        closed = closed || closedByPeer(socket);
        Thread.sleep(200);
      }
      Duration held = Duration.ofNanos(System.nanoTime() - started);
      assertThat(closed).as("the server closed the slow connection").isTrue();
      assertThat(held).isLessThan(HEADER_TIMEOUT.multipliedBy(6));
    }
    RawHttp.Answer fine = RawHttp.send(server.port(), get("/healthz"));
    assertThat(fine.status()).isEqualTo(200);
  }

  /** Whether the peer has closed: a read that ends (-1) or fails, within a short wait. */
  private static boolean closedByPeer(Socket socket) throws IOException {
    int timeout = socket.getSoTimeout();
    socket.setSoTimeout(10);
    try {
      InputStream in = socket.getInputStream();
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    } finally {
      socket.setSoTimeout(timeout);
    }
  }

  @Test
  void itListensOnTheLoopbackAddressOnlyByDefault() throws IOException {
    RawHttp.Answer answer = RawHttp.send(server.port(), get("/healthz"));
    assertThat(answer.status()).isEqualTo(200);
    Optional<InetAddress> external =
        Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
            .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
            .filter(
                a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
            .findFirst();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(external.get(), server.port()), 2_000);
      throw new AssertionError(
          "the server answered on " + external.get() + ", not only on 127.0.0.1");
    } catch (IOException refused) {
      assertThat(refused.getMessage()).containsIgnoringCase("refused");
    }
  }

  @Test
  void aSpoolFileAKilledRunLeftIsDeletedAtStartUp() throws IOException {
    assertThat(leftover).doesNotExist();
    assertThat(leftover.getParent()).isDirectory();
    try (var files = Files.list(leftover.getParent())) {
      assertThat(files).isEmpty();
    }
  }
}
