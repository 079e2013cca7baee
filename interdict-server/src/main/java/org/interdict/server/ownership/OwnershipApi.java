package org.interdict.server.ownership;

import io.javalin.http.Context;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.interdict.ownership.GraphIssue;
import org.interdict.ownership.OwnershipCsv;
import org.interdict.ownership.OwnershipEdge;
import org.interdict.ownership.OwnershipGraph;
import org.interdict.ownership.OwnershipGraphTooLargeException;
import org.interdict.ownership.Relation;
import org.interdict.ownership.UnreadableOwnershipException;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.server.parties.CsvBodies;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.Page;
import org.interdict.store.ownership.OwnershipRepository;
import org.interdict.store.ownership.StoredEdge;

/**
 * {@code POST /api/v1/ownership} (CSV in the core's format {@code
 * owner,owned,percent,relation,source}, or JSON {@code {"edges":[...],"replace":false}}; {@code
 * ?replace=true} for CSV) and {@code GET /api/v1/ownership}.
 */
public final class OwnershipApi {
  private final Database db;
  private final OwnershipService service;
  private final Auditor auditor;
  private final JsonBodies bodies;
  private final java.time.Clock clock;
  private final OwnershipRepository repository = new OwnershipRepository();

  public OwnershipApi(
      Database db,
      OwnershipService service,
      java.time.Clock clock,
      Auditor auditor,
      JsonBodies bodies) {
    this.db = db;
    this.service = service;
    this.clock = clock;
    this.auditor = auditor;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .post("/api/v1/ownership", this::store, Role.ANALYST)
        .get("/api/v1/ownership", this::list, Role.VIEWER)
        .get("/api/v1/ownership/graph", this::neighbourhood, Role.VIEWER);
  }

  /**
   * {@code GET /api/v1/ownership/graph?node=&depth=}: the owners and subsidiaries of one node up to
   * {@code depth} steps (default 2) each way, with the rules' flags on every node shown; without
   * {@code node}, the flagged nodes to start from.
   */
  private void neighbourhood(Context ctx) {
    Params params = Params.of(ctx, Set.of("node", "depth"));
    int depth = params.integer("depth", 2, 1, 6);
    java.util.Optional<String> node = params.text("node");
    ctx.json(
        service
            .neighbourhood(node, depth)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "the ownership graph has no node named '" + node.orElseThrow() + "'")));
  }

  record EdgeInput(String owner, String owned, Double percent, String relation, String source) {}

  record ImportRequest(List<EdgeInput> edges, Boolean replace) {}

  record IssueView(String issueId, String message, String location) {}

  record Imported(int imported, boolean replaced, int edges, int nodes, List<IssueView> issues) {}

  record EdgeView(
      String id,
      String owner,
      String owned,
      Double percent,
      String relation,
      String source,
      String reference,
      String createdAt,
      String actor) {}

  record Listing(List<EdgeView> items, int page, int pageSize, long total) {}

  private void store(Context ctx) {
    Params params = Params.of(ctx, Set.of("replace"));
    boolean replace;
    OwnershipGraph read;
    if (CsvBodies.isCsv(ctx)) {
      replace =
          params
              .oneOf("replace", List.of("true", "false"))
              .map(Boolean::parseBoolean)
              .orElse(false);
      try {
        read = OwnershipCsv.read(new StringReader(CsvBodies.csv(ctx)), "upload.csv");
      } catch (OwnershipGraphTooLargeException e) {
        throw ApiProblem.payloadTooLarge(e.getMessage());
      } catch (UnreadableOwnershipException e) {
        throw ApiProblem.invalidParameter(e.getMessage());
      }
    } else {
      ImportRequest request = bodies.read(ctx, ImportRequest.class);
      replace = Boolean.TRUE.equals(request.replace());
      read = fromJson(request.edges() == null ? List.of() : request.edges());
    }
    Principal who = Principal.of(ctx);
    Instant now = clock.instant();
    List<StoredEdge> edges =
        read.edges().stream()
            .map(
                e ->
                    new StoredEdge(
                        Ids.next("oe"),
                        0,
                        e.owner(),
                        e.owned(),
                        e.percent(),
                        e.relation().id(),
                        e.source().toString(),
                        e.reference(),
                        now,
                        who.userName()))
            .toList();
    // one import at a time, so two appends cannot both pass the size check and store a graph over
    // the limit
    synchronized (service) {
      int kept = replace ? 0 : service.graph().edges().size();
      if (kept + edges.size() > OwnershipGraph.MAX_EDGES) {
        throw ApiProblem.payloadTooLarge(
            "the stored graph would hold "
                + (kept + edges.size())
                + " edges; an ownership graph holds at most "
                + OwnershipGraph.MAX_EDGES
                + " edges");
      }
      db.useTransaction(
          h -> {
            service.store(h, edges, replace);
            auditor.record(
                h,
                who,
                "ownership-imported",
                "ownership",
                "graph",
                "edges="
                    + edges.size()
                    + " replace="
                    + replace
                    + " issues="
                    + read.issues().size());
          });
      service.reload();
    }
    service.analyse();
    OwnershipGraph graph = service.graph();
    ctx.json(
        new Imported(
            edges.size(),
            replace,
            graph.edges().size(),
            graph.nodes().size(),
            read.issues().stream().map(OwnershipApi::issue).toList()));
  }

  private static OwnershipGraph fromJson(List<EdgeInput> inputs) {
    List<OwnershipEdge> edges = new ArrayList<>();
    List<GraphIssue> issues = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      EdgeInput in = inputs.get(i);
      var at = org.interdict.model.SourceLocation.ofPointer("api", "/edges/" + i);
      if (in == null
          || in.owner() == null
          || in.owner().isBlank()
          || in.owned() == null
          || in.owned().isBlank()) {
        issues.add(
            new GraphIssue("malformed-ownership-row", "edge lacks an owner or an owned name", at));
        continue;
      }
      var relation = Relation.parse(in.relation() == null ? "owns" : in.relation());
      if (relation.isEmpty()) {
        issues.add(
            new GraphIssue(
                "unknown-relation",
                "relation '"
                    + in.relation()
                    + "' is not one of owns, parent-of, subsidiary-of, affiliate-of",
                at));
        continue;
      }
      try {
        OptionalDouble percent =
            in.percent() == null ? OptionalDouble.empty() : OptionalDouble.of(in.percent());
        String from = relation.get().reversed() ? in.owned() : in.owner();
        String to = relation.get().reversed() ? in.owner() : in.owned();
        edges.add(
            new OwnershipEdge(
                from,
                to,
                percent,
                relation.get().relation(),
                at,
                in.source() == null ? "" : in.source()));
      } catch (IllegalArgumentException e) {
        issues.add(new GraphIssue("bad-percent", e.getMessage(), at));
      }
    }
    try {
      return OwnershipGraph.of(edges, issues);
    } catch (OwnershipGraphTooLargeException e) {
      throw ApiProblem.payloadTooLarge(e.getMessage());
    }
  }

  private static IssueView issue(GraphIssue issue) {
    return new IssueView(issue.issueId(), issue.message(), issue.location().toString());
  }

  private void list(Context ctx) {
    Params params = Params.paged(ctx);
    Page<StoredEdge> page =
        db.jdbi().withHandle(h -> repository.list(h, params.page(), params.pageSize()));
    ctx.json(
        new Listing(
            page.items().stream()
                .map(
                    e ->
                        new EdgeView(
                            e.id(),
                            e.owner(),
                            e.owned(),
                            e.percent().isPresent() ? e.percent().getAsDouble() : null,
                            e.relation(),
                            e.source(),
                            e.reference(),
                            Timestamps.format(e.createdAt()),
                            e.actor()))
                .toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }
}
