package org.interdict.server.ownership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.model.SourceLocation;
import org.interdict.ownership.OwnershipAnalysis;
import org.interdict.ownership.OwnershipEdge;
import org.interdict.ownership.OwnershipFlag;
import org.interdict.ownership.OwnershipGraph;
import org.interdict.ownership.OwnershipPath;
import org.interdict.ownership.OwnershipResult;
import org.interdict.ownership.OwnershipRules;
import org.interdict.ownership.Relation;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.interdict.server.lists.ListsService;
import org.interdict.server.screening.ScreeningHooks;
import org.interdict.store.Database;
import org.interdict.store.ownership.OwnershipRepository;
import org.interdict.store.ownership.StoredEdge;
import org.jdbi.v3.core.Handle;

/**
 * The stored ownership graph, loaded into the core graph, and the core rules' flags on it as of the server clock's
 * date with the index in force. The analysis (which screens every node) is computed once per graph, index and date
 * and reused; a new import or a list change recomputes it on the next question. Thread-safe.
 */
public final class OwnershipService implements ScreeningHooks {
  private final Database db;
  private final Clock clock;
  private final OwnershipRules rules = OwnershipRules.bundled();
  private final OwnershipRepository repository = new OwnershipRepository();
  private volatile OwnershipGraph graph;
  private volatile Analysis analysis;

  private record Analysis(OwnershipGraph graph, ScreeningIndex index, LocalDate asOf, OwnershipResult result) {}

  public OwnershipService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    reload();
  }

  /** Reads the stored edges into a new graph. */
  public void reload() {
    graph = OwnershipGraph.of(db.jdbi().withHandle(h -> repository.all(h)).stream()
        .map(OwnershipService::edge).toList());
  }

  public OwnershipGraph graph() {
    return graph;
  }

  static OwnershipEdge edge(StoredEdge stored) {
    Relation relation = Relation.parse(stored.relation()).orElseThrow(() -> new IllegalStateException(
        "stored ownership edge " + stored.id() + " has unknown relation '" + stored.relation() + "'")).relation();
    return new OwnershipEdge(stored.owner(), stored.owned(), stored.percent(), relation,
        SourceLocation.ofLine(stored.source(), 0), stored.reference());
  }

  /** Stores edges (replacing all stored ones when {@code replace}) in the caller's transaction. */
  void store(Handle h, List<StoredEdge> edges, boolean replace) {
    if (replace) {
      repository.clear(h);
    }
    repository.append(h, edges);
  }

  /** The rules' outcome on the whole graph, as of today, with {@code index}. */
  public OwnershipResult result(ScreeningIndex index) {
    LocalDate asOf = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    OwnershipGraph now = graph;
    Analysis cached = analysis;
    if (cached != null && cached.graph() == now && cached.index() == index && cached.asOf().equals(asOf)) {
      return cached.result();
    }
    OwnershipResult result = OwnershipAnalysis.of(rules, index, ListsService.TEMPLATE).evaluate(now, asOf);
    analysis = new Analysis(now, index, asOf, result);
    return result;
  }

  @Override
  public void screened(Handle h, ScreeningQuery query, ScreeningIndex index, ScreeningResult result,
      List<String> entryHashes) {}

  /** The flags on the graph node spelled like {@code name} (case and spacing ignored); empty when none. */
  @Override
  public List<Map<String, Object>> evidence(String name, ScreeningIndex index) {
    OwnershipGraph now = graph;
    Optional<String> node = now.node(name);
    if (node.isEmpty() || now.edges().isEmpty()) {
      return List.of();
    }
    return result(index).flagsOn(node.get()).stream().map(OwnershipService::flag).toList();
  }

  static Map<String, Object> flag(OwnershipFlag flag) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", "ownership");
    view.put("node", flag.node());
    view.put("ruleId", flag.ruleId());
    view.put("citations", flag.citations());
    view.put("aggregatePercent", flag.aggregatePercent().isPresent() ? flag.aggregatePercent().getAsDouble() : null);
    view.put("paths", flag.paths().stream().map(OwnershipService::path).toList());
    return view;
  }

  private static Map<String, Object> path(OwnershipPath path) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("description", path.describe());
    view.put("nodes", path.nodes());
    List<Map<String, Object>> edges = new ArrayList<>();
    for (OwnershipEdge edge : path.edges()) {
      edges.add(edge(edge));
    }
    view.put("edges", edges);
    Match match = path.listed().match();
    Map<String, Object> listed = new LinkedHashMap<>();
    listed.put("node", path.listed().node());
    listed.put("partyId", match.party().id());
    listed.put("listId", match.party().source().listId());
    listed.put("entryId", match.party().source().entryId());
    listed.put("primaryName", match.party().primaryName());
    listed.put("score", match.score());
    view.put("listed", listed);
    return view;
  }

  static Map<String, Object> edge(OwnershipEdge edge) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("owner", edge.owner());
    view.put("owned", edge.owned());
    view.put("percent", edge.percent().isPresent() ? edge.percent().getAsDouble() : null);
    view.put("relation", edge.relation().id());
    view.put("source", edge.source().toString());
    view.put("reference", edge.reference());
    return view;
  }
}
