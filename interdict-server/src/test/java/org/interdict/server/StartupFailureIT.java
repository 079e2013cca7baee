package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 4: a start that fails half-way closes what it had opened (pool, workers,
 * scheduler, Jetty).
 */
class StartupFailureIT {
  /**
   * Threads of the resources a start opens: the scan workers, the webhook sender, Hikari, Jetty.
   */
  private static final List<String> OWNED =
      List.of("interdict-scan-", "interdict-webhook", "HikariPool", "JettyServerThreadPool", "qtp");

  @Test
  void aPortInUseFailsTheStartAndLeavesNoThreadBehind(@TempDir Path dir) throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> InterdictServer.start(ServerConfig.of(taken.getLocalPort(), dir)))
          .isInstanceOf(RuntimeException.class);
    }
    assertThat(leftBehind(before)).as("threads the failed start left running").isEmpty();

    // and the data directory is usable again: the database was closed, not left locked
    InterdictServer server = InterdictServer.start(ServerConfig.of(0, dir));
    try {
      assertThat(server.port()).isPositive();
    } finally {
      server.stop();
    }
  }

  @Test
  void resourcesCloseNewestFirstAndACloseFailureDoesNotHideTheStartFailure() {
    StringBuilder order = new StringBuilder();
    StartupResources opened = new StartupResources();
    opened.add("database", name -> order.append(name).append(' '));
    opened.add(
        "workers",
        name -> {
          throw new IllegalStateException("cannot stop " + name);
        });
    opened.add("listener", name -> order.append(name).append(' '));
    RuntimeException failure = new RuntimeException("port in use");

    opened.closeAfter(failure);

    assertThat(order.toString()).isEqualTo("listener database ");
    assertThat(failure.getSuppressed())
        .singleElement()
        .extracting(Throwable::getMessage)
        .isEqualTo("cannot stop workers");
    assertThat(opened.size()).isZero();
  }

  private static List<String> leftBehind(Set<Thread> before) throws InterruptedException {
    List<String> alive = List.of();
    for (int attempt = 0;
        attempt < 50;
        attempt++) { // threads end shortly after their pool is shut down
      alive =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> !before.contains(t))
              .filter(Thread::isAlive)
              .map(Thread::getName)
              .filter(name -> OWNED.stream().anyMatch(name::startsWith))
              .toList();
      if (alive.isEmpty()) {
        return alive;
      }
      Thread.sleep(100);
    }
    return alive;
  }
}
