package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions end after their lifetime by the server's clock; keys keep working. */
class SessionExpiryIT {
  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void sessionExpiresAfterTwelveHours(@TempDir Path dir) {
    MovableClock clock = new MovableClock(ApiSuite.NOW);
    InterdictServer server = InterdictServer.start(ServerConfig.of(0, dir).withClock(clock));
    try {
      Http http = new Http(server.port());
      String key = server.initialAdminKey().orElseThrow();
      Http.Response signIn =
          http.postJson("/api/v1/session", null, Http.json(Map.of("apiKey", key)));
      String setCookie = signIn.raw().headers().firstValue("Set-Cookie").orElseThrow();
      Map<String, String> cookie = Map.of("Cookie", setCookie.substring(0, setCookie.indexOf(';')));
      clock.advance(Duration.ofHours(11));
      assertThat(
              http.send("GET", "/api/v1/session", cookie, HttpRequest.BodyPublishers.noBody())
                  .status())
          .isEqualTo(200);
      clock.advance(Duration.ofHours(2));
      ApiSuite.assertProblem(
          http.send("GET", "/api/v1/session", cookie, HttpRequest.BodyPublishers.noBody()),
          401,
          "unauthorized");
      assertThat(http.get("/api/v1/overview", key).json().get("asOf").asText())
          .isEqualTo("2024-10-02");
    } finally {
      server.stop();
    }
  }
}
