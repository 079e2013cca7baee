package org.interdict.cli.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code interdict lists update} against a loopback server serving the real UN consolidated XML.
 */
class ListsUpdateCommandIT {
  @TempDir Path dataDir;
  HttpServer server;
  final AtomicReference<byte[]> body = new AtomicReference<>();
  final AtomicInteger status = new AtomicInteger(200);
  String baseUrl;

  @BeforeEach
  void start() throws IOException {
    Path un =
        Prerequisites.sharedDir()
            .resolve("data/lists/un_sc_consolidated/2026-02-27/UN_consolidated.xml");
    Prerequisites.require(Files.isRegularFile(un), "shared UN list not found at " + un);
    body.set(Files.readAllBytes(un));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/un/consolidated.xml",
        exchange -> {
          String etag = "\"" + body.get().length + "\"";
          exchange.getResponseHeaders().set("ETag", etag);
          if (status.get() != 200) {
            exchange.sendResponseHeaders(status.get(), -1);
          } else if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
          } else {
            exchange.sendResponseHeaders(200, body.get().length);
            exchange.getResponseBody().write(body.get());
          }
          exchange.close();
        });
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/un/";
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  ListsCommandTest.Run update() {
    return ListsCommandTest.lists(
        "update",
        "--source",
        "un-sc-consolidated",
        "--source-url",
        "un-sc-consolidated=" + baseUrl,
        "--data-dir",
        dataDir.toString());
  }

  @Test
  void updateStoresThenSeesNotModifiedThenKeepsTheSnapshotOnErrors() throws IOException {
    ListsCommandTest.Run first = update();
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.out())
        .contains(
            "un-sc-consolidated   updated    in force: un-sc-consolidated "
                + "2024-05-10T090000Z (1003 entries)");

    ListsCommandTest.Run second = update();
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("unchanged");

    status.set(503);
    ListsCommandTest.Run third = update();
    assertThat(third.exitCode()).isEqualTo(1);
    assertThat(third.out())
        .contains("failed")
        .contains("reason: " + baseUrl + "consolidated.xml: HTTP status 503")
        .contains("in force: un-sc-consolidated 2024-05-10T090000Z");

    ListsCommandTest.Run status =
        ListsCommandTest.lists("status", "--data-dir", dataDir.toString());
    assertThat(status.out())
        .containsPattern(
            "un-sc-consolidated\\s+2024-05-10T090000Z\\s+1003\\s+0d\\s+1\\s+"
                + "2024-05-10T09:00:00Z\\s+failed")
        .contains("reason: " + baseUrl + "consolidated.xml: HTTP status 503");
  }

  @Test
  void settingsFileAndUnknownIdsAreHandled() throws IOException {
    Files.createDirectories(dataDir);
    Files.writeString(
        dataDir.resolve("sources.properties"), "un-sc-consolidated.url=" + baseUrl + "\n");
    ListsCommandTest.Run run =
        ListsCommandTest.lists(
            "update", "--source", "un-sc-consolidated", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

    ListsCommandTest.Run unknown =
        ListsCommandTest.lists(
            "update", "--source", "eu-consolidated", "--data-dir", dataDir.toString());
    assertThat(unknown.exitCode()).isNotZero();
    assertThat(unknown.err()).contains("unknown list source 'eu-consolidated'").contains("eu-fsf");
  }
}
