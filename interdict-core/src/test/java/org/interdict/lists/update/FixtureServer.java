package org.interdict.lists.update;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback port chosen by the system, answering each path as its {@link
 * Reply} says.
 */
final class FixtureServer implements AutoCloseable {
  /** How one path answers. */
  sealed interface Reply {}

  /** 200 with the body and an ETag; 304 when the request's If-None-Match equals the ETag. */
  record Serve(byte[] body, String etag) implements Reply {}

  /** An error status with a short body. */
  record Status(int code) implements Reply {}

  /**
   * Declares the full length, sends only the first {@code sent} bytes, then closes the connection.
   */
  record Truncate(byte[] body, int sent) implements Reply {}

  /**
   * Sends nothing until the server is closed: the client's response timeout fires whatever the
   * machine's load, where a sleep of a few seconds raced it.
   */
  record StallHeaders() implements Reply {}

  /** Sends the headers and a few bytes, then nothing more until the server is closed. */
  record StallBody(byte[] body) implements Reply {}

  /** One request as the server saw it. */
  record Seen(String path, String ifNoneMatch) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  final List<Seen> seen = new CopyOnWriteArrayList<>();

  FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl(String folder) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + folder + "/";
  }

  void reply(String path, Reply reply) {
    replies.put(path, reply);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    seen.add(new Seen(path, ifNoneMatch));
    Reply reply = replies.getOrDefault(path, new Status(404));
    try {
      if (reply instanceof Serve serve) {
        exchange.getResponseHeaders().set("ETag", serve.etag());
        exchange.getResponseHeaders().set("Last-Modified", "Fri, 03 May 2024 18:43:00 GMT");
        if (serve.etag().equals(ifNoneMatch)) {
          exchange.sendResponseHeaders(304, -1);
        } else {
          exchange.sendResponseHeaders(200, serve.body().length);
          exchange.getResponseBody().write(serve.body());
        }
      } else if (reply instanceof Status status) {
        byte[] body = ("status " + status.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status.code(), body.length);
        exchange.getResponseBody().write(body);
      } else if (reply instanceof Truncate truncate) {
        exchange.sendResponseHeaders(200, truncate.body().length);
        OutputStream out = exchange.getResponseBody();
        out.write(truncate.body(), 0, truncate.sent());
        out.flush();
      } else if (reply instanceof StallHeaders) {
        closed.await();
        exchange.sendResponseHeaders(200, 0);
      } else if (reply instanceof StallBody stall) {
        exchange.sendResponseHeaders(200, stall.body().length);
        exchange.getResponseBody().write(stall.body(), 0, 10);
        exchange.getResponseBody().flush();
        closed.await();
        exchange.getResponseBody().write(stall.body(), 10, stall.body().length - 10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away (timeouts): nothing to answer
    } finally {
      try {
        exchange.close();
      } catch (RuntimeException e) {
        // closing a half-sent fixed-length body fails by design (the truncation case)
      }
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
