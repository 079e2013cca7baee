package org.interdict.server.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Jetty side of the server, shared by every Javalin app we start: one connector on the
 * configured address with the idle timeout and the {@link HeaderDeadline}, problem+json for Jetty's
 * own error answers, and the {@link SecurityHeaders} on every response.
 */
public final class HttpSetup {
  private HttpSetup() {}

  /**
   * Configures {@code config} to listen on {@code listener}'s address and {@code port} (0 picks a
   * free one).
   */
  public static void configure(JavalinConfig config, HttpListener listener, int port) {
    config.jetty.addConnector(
        (server, httpConfiguration) -> {
          ServerConnector connector =
              new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
          connector.setHost(listener.bindAddress());
          connector.setPort(port);
          connector.setIdleTimeout(listener.idleTimeout().toMillis());
          connector.addBean(new HeaderDeadline(listener.headerTimeout()));
          return connector;
        });
    config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
    config.jetty.modifyServletContextHandler(
        handler -> handler.setErrorHandler(new ProblemErrorHandler()));
  }

  /**
   * Adds the security headers to every response Javalin writes (Jetty's own error answers get them
   * too).
   */
  public static void install(Javalin app) {
    app.before(ctx -> SecurityHeaders.apply(ctx.res()::setHeader));
  }
}
