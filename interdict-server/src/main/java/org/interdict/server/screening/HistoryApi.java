package org.interdict.server.screening;

import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.server.auth.Role;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.Page;
import org.interdict.store.screenings.ScreeningRepository;

/**
 * {@code GET /api/v1/screenings}: the screening history, newest first, searched by name (anywhere
 * in the query, case ignored), UTC dates {@code from} and {@code to} (both included), user and
 * outcome ({@code match}, {@code no-match}). Each item carries the query's features ({@code {}} for
 * a name alone), the scorer id and the index version ({@code ""} for screenings stored before V59).
 */
public final class HistoryApi {
  private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> FEATURES =
      new com.fasterxml.jackson.core.type.TypeReference<>() {};
  private final Database db;
  private final ScreeningRepository screenings = new ScreeningRepository();

  public HistoryApi(Database db) {
    this.db = db;
  }

  public void register(Routes routes) {
    routes.get("/api/v1/screenings", this::list, Role.VIEWER);
  }

  record Item(
      String id,
      String at,
      String actor,
      String query,
      String normalized,
      double minScore,
      int matchCount,
      Map<String, Object> features,
      String scorer,
      String indexVersion) {}

  record Listing(List<Item> items, int page, int pageSize, long total) {}

  private void list(Context ctx) {
    Params p = Params.paged(ctx, "name", "from", "to", "actor", "outcome");
    var from =
        p.text("from").map(d -> Params.date("'from'", d).atStartOfDay().toInstant(ZoneOffset.UTC));
    var to =
        p.text("to")
            .map(d -> Params.date("'to'", d).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    Optional<Boolean> matched =
        p.oneOf("outcome", List.of("match", "no-match")).map(o -> o.equals("match"));
    Page<ScreeningRepository.Summary> page =
        db.jdbi()
            .withHandle(
                h ->
                    screenings.history(
                        h,
                        p.text("name"),
                        from,
                        to,
                        p.text("actor"),
                        matched,
                        p.page(),
                        p.pageSize()));
    ctx.json(
        new Listing(
            page.items().stream()
                .map(
                    s ->
                        new Item(
                            s.id(),
                            Timestamps.format(s.at()),
                            s.actor(),
                            s.queryName(),
                            s.normalized(),
                            s.minScore(),
                            s.matchCount(),
                            org.interdict.store.Json.read(s.features(), FEATURES),
                            s.scorer(),
                            s.indexVersion()))
                .toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }
}
