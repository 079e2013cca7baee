package org.interdict.server.screening;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interdict.screening.ScreeningQuery;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;

/**
 * {@code POST /api/v1/screen}, {@code POST /api/v1/screen/batch} and {@code GET /api/v1/search}.
 */
public final class ScreeningApi {
  private final ScreeningService service;
  private final JsonBodies bodies;

  public ScreeningApi(ScreeningService service, JsonBodies bodies) {
    this.service = service;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .post("/api/v1/screen", this::screen, Role.ANALYST)
        .post("/api/v1/screen/batch", this::batch, Role.ANALYST)
        .get("/api/v1/search", this::search, Role.VIEWER);
  }

  private void screen(Context ctx) {
    Params.of(ctx, Set.of());
    ScreeningRequest request = bodies.read(ctx, ScreeningRequest.class);
    String name = ScreeningService.requireName(request.name(), "name");
    ScreeningQuery query = service.template(request).withName(name);
    ctx.json(service.screen(Principal.of(ctx), query, Optional.empty(), true));
  }

  private void batch(Context ctx) {
    Params.of(ctx, Set.of());
    BatchRequest request = bodies.read(ctx, BatchRequest.class);
    if (request.names() == null || request.names().isEmpty()) {
      throw ApiProblem.invalidParameter(
          "'names' is required: 1 to " + ScreeningService.MAX_BATCH + " names");
    }
    if (request.names().size() > ScreeningService.MAX_BATCH) {
      throw ApiProblem.invalidParameter(
          "'names' holds "
              + request.names().size()
              + " names; at most "
              + ScreeningService.MAX_BATCH
              + " per batch");
    }
    ScreeningQuery template = service.template(request.options());
    Set<String> ids = new HashSet<>();
    List<org.interdict.model.PartyFeatures> queryFeatures = new ArrayList<>();
    for (int i = 0; i < request.names().size(); i++) {
      NamedQuery named = request.names().get(i);
      if (named == null) {
        throw ApiProblem.invalidParameter("'names[" + i + "]' is null");
      }
      ScreeningService.requireName(named.name(), "names[" + i + "].name");
      if (named.id() != null && !ids.add(named.id())) {
        throw ApiProblem.invalidParameter("'names[" + i + "].id' repeats id '" + named.id() + "'");
      }
      // every name's features are checked before any is screened, so a bad one stores nothing
      queryFeatures.add(
          ScreeningService.features(
              named.birthDates(),
              named.partyCountries(),
              named.identifiers(),
              "'names[" + i + "]': "));
    }
    Principal who = Principal.of(ctx);
    List<ScreeningView.Result> results = new ArrayList<>();
    for (NamedQuery named : request.names()) {
      ScreeningQuery query = template.withName(named.name());
      var features = queryFeatures.get(results.size());
      results.add(
          service.screen(
              who,
              features.isEmpty() ? query : query.withFeatures(features),
              Optional.ofNullable(named.id()),
              true));
    }
    ctx.json(new ScreeningView.Batch(results));
  }

  private void search(Context ctx) {
    Params params = Params.of(ctx, Set.of("name", "minScore", "limit"));
    String name = ScreeningService.requireName(params.text("name").orElse(null), "name");
    ScreeningQuery query =
        service
            .template(
                new ScreeningRequest(
                    name,
                    params.decimal("minScore", ScreeningQuery.DEFAULT_MIN_SCORE, 0, 1),
                    params.integer(
                        "limit", ScreeningQuery.DEFAULT_LIMIT, 1, ScreeningService.MAX_LIMIT),
                    null,
                    null,
                    null,
                    null))
            .withName(name);
    ctx.json(service.screen(Principal.of(ctx), query, Optional.empty(), false));
  }
}
