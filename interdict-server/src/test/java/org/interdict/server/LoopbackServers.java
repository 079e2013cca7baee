package org.interdict.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Two loopback HTTP servers for the tests: an "official source" serving the OFAC SDN files of a
 * folder that the test switches (companion files the folder lacks are served as one empty line),
 * and a webhook receiver that records every delivery and answers the status the test sets.
 */
final class LoopbackServers implements AutoCloseable {
  record Delivery(Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }
  }

  final AtomicReference<Path> sourceFolder = new AtomicReference<>();
  final AtomicInteger webhookStatus = new AtomicInteger(200);
  final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final HttpServer source;
  private final HttpServer receiver;

  LoopbackServers() {
    try {
      source = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    source.createContext(
        "/sdn/",
        exchange -> {
          String name =
              exchange
                  .getRequestURI()
                  .getPath()
                  .substring("/sdn/".length())
                  .toLowerCase(java.util.Locale.ROOT);
          Path file = sourceFolder.get().resolve(name);
          byte[] body =
              Files.isRegularFile(file)
                  ? Files.readAllBytes(file)
                  : "\r\n".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    receiver.createContext(
        "/hook",
        exchange -> {
          deliveries.add(
              new Delivery(
                  Map.copyOf(exchange.getRequestHeaders()),
                  exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(webhookStatus.get(), -1);
          exchange.close();
        });
    source.start();
    receiver.start();
  }

  String sourceUrl() {
    return "http://127.0.0.1:" + source.getAddress().getPort() + "/sdn/";
  }

  String webhookUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    source.stop(0);
    receiver.stop(0);
  }
}
