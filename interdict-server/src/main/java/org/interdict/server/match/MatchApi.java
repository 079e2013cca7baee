package org.interdict.server.match;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.screening.ScreeningLists;

/**
 * {@code POST /match/{dataset}} (and {@code /api/v1/match/{dataset}}): yente's matching API over
 * the lists in force, so a yente client works by changing its base URL (docs/api.md), and {@code
 * GET /algorithms} (and {@code /api/v1/algorithms}), which yente clients ask for the scorers.
 * {@code dataset} is {@code default} (every list) or a loaded list id. Each query's names are
 * screened with its birth dates, countries and identifiers by {@code entity-v1} (or {@code
 * algorithm=aligned-tokens-v1}); results are not stored. Thread-safe.
 */
public final class MatchApi {
  static final int MAX_QUERIES = 100;

  private final ScreeningLists lists;
  private final JsonBodies bodies;

  public MatchApi(ScreeningLists lists, JsonBodies bodies) {
    this.lists = lists;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .post("/match/{dataset}", this::match, Role.VIEWER)
        .post("/api/v1/match/{dataset}", this::match, Role.VIEWER)
        .get("/algorithms", this::algorithms, Role.VIEWER)
        .get("/api/v1/algorithms", this::algorithms, Role.VIEWER);
  }

  private void algorithms(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.json(ScorePartDocs.algorithms());
  }

  private void match(Context ctx) {
    MatchOptions options = MatchOptions.read(ctx, ctx.pathParam("dataset"), lists);
    MatchRequest request = bodies.read(ctx, MatchRequest.class);
    if (request.weights() != null && !request.weights().isEmpty()) {
      throw ApiProblem.invalidParameter(
          "'weights' "
              + request.weights().keySet()
              + " cannot be applied: Interdict's scorers have fixed, documented weights"
              + " (GET /algorithms); send no weights");
    }
    if (request.config() != null && !request.config().isEmpty()) {
      throw ApiProblem.invalidParameter(
          "invalid configuration parameter(s) "
              + request.config().keySet()
              + " for algorithm "
              + options.algorithm()
              + ": it has none");
    }
    if (request.queries() == null || request.queries().isEmpty()) {
      throw ApiProblem.invalidParameter(
          "no queries provided: 'queries' takes 1 to " + MAX_QUERIES + " named entity examples");
    }
    if (request.queries().size() > MAX_QUERIES) {
      throw ApiProblem.invalidParameter(
          "too many queries in one batch: "
              + request.queries().size()
              + "; at most "
              + MAX_QUERIES);
    }
    Map<String, EntityExamples.Example> examples = new LinkedHashMap<>();
    // as yente: a null example is skipped, and a batch of nothing but null ones is refused
    request
        .queries()
        .forEach(
            (key, query) -> {
              if (query != null) {
                examples.put(key, EntityExamples.read(key, query));
              }
            });
    if (examples.isEmpty()) {
      throw ApiProblem.invalidParameter("no queries provided: every example in 'queries' is null");
    }
    ScreeningIndex index = lists.index();
    Map<String, Object> responses = new LinkedHashMap<>();
    examples.forEach((key, example) -> responses.put(key, answer(index, example, options)));
    ctx.header("x-batch-size", String.valueOf(responses.size()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("responses", responses);
    body.put("limit", options.limit());
    body.put("threshold", options.threshold());
    body.put("cutoff", options.cutoff());
    body.put("algorithm", options.algorithm());
    body.put("indexVersion", index.version());
    ctx.json(body);
  }

  /** A party's best match over the example's names, and the name that scored it. */
  private record Best(Match match, String queryName) {}

  private static Map<String, Object> answer(
      ScreeningIndex index, EntityExamples.Example example, MatchOptions options) {
    Map<String, Best> best = new LinkedHashMap<>();
    boolean capped = false;
    if (options.filter().isPresent()) {
      for (String name : example.names()) {
        ScreeningQuery query =
            new ScreeningQuery(
                name,
                options.filter().get(),
                options.cutoff(),
                options.candidates(),
                example.features(),
                options.algorithm(),
                example.type());
        List<Match> matches = index.screen(query).matches();
        capped |= matches.size() >= options.candidates();
        for (Match match : matches) {
          String id = match.party().id();
          if (match.score() <= options.cutoff() || options.excludedIds().contains(id)) {
            continue;
          }
          Best previous = best.get(id);
          if (previous == null || match.score() > previous.match().score()) {
            best.put(id, new Best(match, name));
          }
        }
      }
    }
    List<Best> ranked = new ArrayList<>(best.values());
    ranked.sort(
        (a, b) ->
            a.match().score() != b.match().score()
                ? Double.compare(b.match().score(), a.match().score())
                : a.match().party().id().compareTo(b.match().party().id()));
    long matching = ranked.stream().filter(b -> b.match().score() >= options.threshold()).count();
    List<Object> results = new ArrayList<>();
    for (Best b : ranked.subList(0, Math.min(options.limit(), ranked.size()))) {
      results.add(MatchResults.of(b.match(), b.queryName(), options.threshold()));
    }
    Map<String, Object> total = new LinkedHashMap<>();
    total.put("value", matching);
    total.put("relation", capped ? "gte" : "eq");
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("status", 200);
    response.put("results", results);
    response.put("total", total);
    response.put("query", example.echo());
    return response;
  }
}
