package org.interdict.server.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the API's operations with Javalin and remembers them, so the OpenAPI document can be
 * checked against what is really served. Not thread-safe; used while the server starts.
 */
public final class Routes {
  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();

  public Routes(Javalin app) {
    this.app = app;
  }

  /** One served operation: method and path (with {@code {id}} parameters as in OpenAPI). */
  public record Route(String method, String path) {}

  public Routes get(String path, Handler handler, RouteRole... roles) {
    return add(HandlerType.GET, path, handler, roles);
  }

  public Routes post(String path, Handler handler, RouteRole... roles) {
    return add(HandlerType.POST, path, handler, roles);
  }

  public Routes delete(String path, Handler handler, RouteRole... roles) {
    return add(HandlerType.DELETE, path, handler, roles);
  }

  private Routes add(HandlerType type, String path, Handler handler, RouteRole... roles) {
    app.addHttpHandler(type, path, Problems.guarded(handler), roles);
    routes.add(new Route(type.name().toLowerCase(java.util.Locale.ROOT), path));
    return this;
  }

  public List<Route> all() {
    return List.copyOf(routes);
  }
}
