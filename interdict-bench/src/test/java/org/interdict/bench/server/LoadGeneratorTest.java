package org.interdict.bench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  @Test
  void countsAnswersAndFailuresOverKeepAliveConnectionsWithBothBodyFramings() throws Exception {
    AtomicInteger served = new AtomicInteger();
    ConcurrentLinkedQueue<String> seenAuth = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> seenNames = new ConcurrentLinkedQueue<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/v1/search",
        exchange -> {
          int n = served.incrementAndGet();
          seenAuth.add(exchange.getRequestHeaders().getFirst("Authorization"));
          seenNames.add(exchange.getRequestURI().getQuery());
          byte[] body = "{\"matches\":[]}".getBytes(StandardCharsets.UTF_8);
          int status = exchange.getRequestURI().getQuery().contains("bad") ? 500 : 200;
          // even requests get a fixed length, odd ones a chunked body (length 0 means chunked in
          // this API)
          exchange.sendResponseHeaders(status, n % 2 == 0 ? body.length : 0);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      LoadGenerator.Result result =
          LoadGenerator.run(
              base,
              "k-123",
              List.of("Kaspersky Lab", "bad name"),
              2,
              Duration.ofMillis(200),
              Duration.ofMillis(800),
              1_000_000,
              0);
      assertThat(result.requests()).isPositive();
      assertThat(result.failures()).isPositive().isLessThan(result.requests());
      assertThat(result.p50()).isPositive().isLessThanOrEqualTo(result.p99());
      assertThat(result.p99()).isLessThanOrEqualTo(result.max());
      assertThat(served.get()).isGreaterThanOrEqualTo((int) result.requests());
      assertThat(seenAuth).containsOnly("Bearer k-123");
      assertThat(seenNames).contains("name=Kaspersky+Lab", "name=bad+name");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aFixedRateIsKeptWhenTheServerKeepsUp() throws Exception {
    HttpServer server = answering(0);
    try {
      LoadGenerator.Result result =
          LoadGenerator.run(
              base(server),
              "k",
              List.of("a", "b"),
              2,
              Duration.ofMillis(100),
              Duration.ofMillis(2000),
              1_000_000,
              20);
      assertThat(result.throughput()).isBetween(15.0, 22.0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aFixedRateCountsLatencyFromTheScheduleSoABacklogShows() throws Exception {
    HttpServer server = answering(30);
    try {
      LoadGenerator.Result result =
          LoadGenerator.run(
              base(server),
              "k",
              List.of("a", "b"),
              2,
              Duration.ofMillis(100),
              Duration.ofMillis(1000),
              1_000_000,
              200);
      // each answer takes 30 ms or more, so 2 connections cannot send 200/s: requests fall behind
      // their schedule
      // and the wait counts, growing through the run far beyond the 30 ms a closed loop would
      // report
      assertThat(result.throughput()).isLessThan(75.0);
      assertThat(result.p50()).isGreaterThanOrEqualTo(30_000);
      assertThat(result.max()).isGreaterThan(200_000);
    } finally {
      server.stop(0);
    }
  }

  private static HttpServer answering(long delayMillis) throws java.io.IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/v1/search",
        exchange -> {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, 2);
          exchange.getResponseBody().write("{}".getBytes(StandardCharsets.UTF_8));
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    return server;
  }

  private static URI base(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void percentilesFollowTheNearestRankDefinition() {
    long[] sorted = new long[100];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = i + 1;
    }
    assertThat(LoadGenerator.percentile(sorted, 0.50)).isEqualTo(50);
    assertThat(LoadGenerator.percentile(sorted, 0.99)).isEqualTo(99);
    assertThat(LoadGenerator.percentile(sorted, 0.999)).isEqualTo(100);
    assertThat(LoadGenerator.percentile(new long[0], 0.5)).isZero();
  }

  @Test
  void refusesTargetsOffThisMachine() {
    assertThatThrownBy(() -> LoadGenerator.requireLoopback(URI.create("http://192.0.2.10:8080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a loopback address");
  }

  @Test
  void readsTheFirstColumnOfTheNamesCsvIncludingQuotedNames() throws Exception {
    assertThat(
            LoadGenerator.DevsetNames.parse("query,expected\nKaspersky Lab,x\n\"Smith, John\",y\n"))
        .containsExactly("Kaspersky Lab", "Smith, John");
    assertThat(LoadGenerator.DevsetNames.load().size()).isGreaterThan(1000);
  }
}
