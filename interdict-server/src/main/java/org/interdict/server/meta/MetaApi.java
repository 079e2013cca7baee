package org.interdict.server.meta;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.interdict.lists.ListInfo;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.screening.ScreeningLists;
import org.interdict.store.Database;

/** {@code GET /healthz} (public), {@code GET /metrics} and {@code GET /openapi.json}. */
public final class MetaApi {
  public static final String OPENAPI_RESOURCE = "/org/interdict/server/openapi.json";
  private final Database db;
  private final ScreeningLists lists;
  private final PrometheusMeterRegistry metrics;
  private final byte[] openApi;

  public MetaApi(Database db, ScreeningLists lists, PrometheusMeterRegistry metrics) {
    this.db = db;
    this.lists = lists;
    this.metrics = metrics;
    try (InputStream in = MetaApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource " + OPENAPI_RESOURCE + " is missing from the build");
      }
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public void register(Routes routes) {
    routes
        .get("/healthz", this::health)
        .get("/metrics", this::metrics, Role.VIEWER)
        .get("/openapi.json", this::openApi, Role.VIEWER);
  }

  record ListHealth(String listId, String listDate, int entryCount, boolean complete) {}

  /**
   * {@code status} is {@code ok}, or {@code degraded} when a list in force was not read completely
   * (named in {@code incompleteLists}): still HTTP 200, because restarting the server cannot repair
   * a list file and a liveness probe must not take every instance down; monitors alert on {@code
   * status}.
   */
  record Health(
      String status, String database, List<ListHealth> lists, List<String> incompleteLists) {}

  private void health(Context ctx) {
    Params.of(ctx, Set.of());
    if (!db.ping()) {
      throw new ApiProblem(
          503, "database-unavailable", "Database unavailable", "the database does not answer");
    }
    List<String> incomplete =
        lists.loaded().incompleteLists().stream().map(ListInfo::listId).toList();
    ctx.json(
        new Health(
            lists.loaded().complete() ? "ok" : "degraded",
            db.kind(),
            lists.infos().stream()
                .map(
                    i ->
                        new ListHealth(
                            i.listId(),
                            i.listDate().map(Object::toString).orElse(null),
                            i.entryCount(),
                            i.complete()))
                .toList(),
            incomplete));
  }

  private void metrics(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private void openApi(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.contentType("application/json").result(openApi);
  }
}
