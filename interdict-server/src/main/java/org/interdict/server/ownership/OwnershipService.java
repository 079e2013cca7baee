package org.interdict.server.ownership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored ownership graph, loaded into the core graph, and the core rules' flags on it as of the
 * server clock's date with the index in force. The analysis (which screens every node, linear in
 * the graph, at most {@link OwnershipGraph#MAX_EDGES} edges) is computed once per graph, index and
 * date, by one thread while the others wait for it, and reused; an import computes it before
 * answering, so the analyst who posts a graph pays for it and not the next viewer's search. What
 * one answer carries is bounded too: at most {@value #MAX_PATHS_PER_FLAG} paths per flag, each with
 * its listed start and last {@link OwnershipPath#PRINTED_STEPS} steps. Thread-safe.
 */
public final class OwnershipService implements ScreeningHooks {
  /**
   * The most paths one flag shows in a screening answer; {@code pathsTotal} says how many there
   * are.
   */
  public static final int MAX_PATHS_PER_FLAG = 20;

  private static final Logger LOG = LoggerFactory.getLogger(OwnershipService.class);
  private final Database db;
  private final Clock clock;
  private final Supplier<ScreeningIndex> currentIndex;
  private final Object computing = new Object();
  private final OwnershipRules rules = OwnershipRules.bundled();
  private final OwnershipRepository repository = new OwnershipRepository();
  private volatile OwnershipGraph graph;
  private volatile Analysis analysis;

  private record Analysis(
      OwnershipGraph graph,
      ScreeningIndex index,
      LocalDate asOf,
      OwnershipResult result,
      Map<String, List<OwnershipFlag>> byNode) {
    boolean answers(OwnershipGraph otherGraph, ScreeningIndex otherIndex, LocalDate otherDate) {
      return graph == otherGraph && index == otherIndex && asOf.equals(otherDate);
    }
  }

  /** {@code currentIndex} gives the index in force, for the analysis an import computes. */
  public OwnershipService(Database db, Clock clock, Supplier<ScreeningIndex> currentIndex) {
    this.db = db;
    this.clock = clock;
    this.currentIndex = currentIndex;
    reload();
  }

  /** Reads the stored edges into a new graph. */
  public void reload() {
    graph =
        OwnershipGraph.of(
            db.jdbi().withHandle(h -> repository.all(h)).stream()
                .map(OwnershipService::edge)
                .toList());
  }

  public OwnershipGraph graph() {
    return graph;
  }

  static OwnershipEdge edge(StoredEdge stored) {
    Relation relation =
        Relation.parse(stored.relation())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "stored ownership edge "
                            + stored.id()
                            + " has unknown relation '"
                            + stored.relation()
                            + "'"))
            .relation();
    return new OwnershipEdge(
        stored.owner(),
        stored.owned(),
        stored.percent(),
        relation,
        SourceLocation.ofLine(stored.source(), 0),
        stored.reference());
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
    return analysis(index).result();
  }

  /**
   * Analyses the stored graph with the index in force now, so that later questions find it done.
   */
  void analyse() {
    analysis(currentIndex.get());
  }

  private Analysis analysis(ScreeningIndex index) {
    LocalDate asOf = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    OwnershipGraph now = graph;
    Analysis cached = analysis;
    if (cached != null && cached.answers(now, index, asOf)) {
      return cached;
    }
    // one analysis at a time: concurrent questions wait for it rather than each repeating it
    synchronized (computing) {
      cached = analysis;
      if (cached != null && cached.answers(now, index, asOf)) {
        return cached;
      }
      long started = System.nanoTime();
      OwnershipResult result =
          OwnershipAnalysis.of(rules, index, ListsService.TEMPLATE).evaluate(now, asOf);
      Map<String, List<OwnershipFlag>> byNode = new java.util.HashMap<>();
      result
          .flags()
          .forEach(flag -> byNode.computeIfAbsent(flag.node(), n -> new ArrayList<>()).add(flag));
      analysis = new Analysis(now, index, asOf, result, byNode);
      LOG.info(
          "Analysed the ownership graph ({} nodes, {} edges): {} flags in {} ms",
          now.nodes().size(),
          now.edges().size(),
          result.flags().size(),
          (System.nanoTime() - started) / 1_000_000);
      return analysis;
    }
  }

  @Override
  public void screened(
      Handle h,
      ScreeningQuery query,
      ScreeningIndex index,
      ScreeningResult result,
      List<String> entryHashes) {}

  /**
   * The flags on the graph node spelled like {@code name} (case and spacing ignored); empty when
   * none.
   */
  @Override
  public List<Map<String, Object>> evidence(String name, ScreeningIndex index) {
    OwnershipGraph now = graph;
    Optional<String> node = now.node(name);
    if (node.isEmpty() || now.edges().isEmpty()) {
      return List.of();
    }
    return analysis(index).byNode().getOrDefault(node.get(), List.of()).stream()
        .map(OwnershipService::flag)
        .toList();
  }

  /** The most edges one neighbourhood answer holds, so that a hub cannot flood the page. */
  static final int MAX_NEIGHBOURHOOD_EDGES = 300;

  /**
   * The owners ({@code level} below 0) and subsidiaries (above 0) of the node spelled like {@code
   * name}, up to {@code depth} steps each way, with the rules' flags: on the node in full, on the
   * others by rule id; and the flagged nodes of the whole graph to start from. Empty when the graph
   * has no such node.
   */
  public Optional<Map<String, Object>> neighbourhood(Optional<String> name, int depth) {
    OwnershipGraph now = graph;
    Map<String, List<OwnershipFlag>> byNode =
        now.edges().isEmpty() ? Map.of() : analysis(currentIndex.get()).byNode();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("nodeCount", now.nodes().size());
    view.put("edgeCount", now.edges().size());
    view.put("flaggedNodes", byNode.keySet().stream().sorted().toList());
    if (name.isEmpty()) {
      view.put("node", null);
      return Optional.of(view);
    }
    Optional<String> center = now.node(name.get());
    if (center.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> levels = new LinkedHashMap<>();
    levels.put(center.get(), 0);
    java.util.Set<OwnershipEdge> edges = new java.util.LinkedHashSet<>();
    walk(now, center.get(), depth, -1, levels, edges);
    walk(now, center.get(), depth, 1, levels, edges);
    view.put("node", center.get());
    view.put("truncated", edges.size() >= MAX_NEIGHBOURHOOD_EDGES);
    List<Map<String, Object>> nodes = new ArrayList<>();
    levels.forEach(
        (node, level) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("name", node);
          entry.put("level", level);
          entry.put(
              "ruleIds",
              byNode.getOrDefault(node, List.of()).stream().map(OwnershipFlag::ruleId).toList());
          nodes.add(entry);
        });
    view.put("nodes", nodes);
    view.put("edges", edges.stream().map(OwnershipService::edge).toList());
    view.put(
        "flags",
        byNode.getOrDefault(center.get(), List.of()).stream().map(OwnershipService::flag).toList());
    return Optional.of(view);
  }

  /** Breadth first from {@code start}: {@code direction} -1 follows owners, +1 subsidiaries. */
  private static void walk(
      OwnershipGraph graph,
      String start,
      int depth,
      int direction,
      Map<String, Integer> levels,
      java.util.Set<OwnershipEdge> edges) {
    List<String> frontier = List.of(start);
    for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
      List<String> next = new ArrayList<>();
      for (String node : frontier) {
        for (OwnershipEdge edge : direction < 0 ? graph.incoming(node) : graph.outgoing(node)) {
          if (edges.size() >= MAX_NEIGHBOURHOOD_EDGES) {
            return;
          }
          edges.add(edge);
          String other = direction < 0 ? edge.owner() : edge.owned();
          if (!levels.containsKey(other)) {
            levels.put(other, step * direction);
            next.add(other);
          }
        }
      }
      frontier = next;
    }
  }

  static Map<String, Object> flag(OwnershipFlag flag) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", "ownership");
    view.put("node", flag.node());
    view.put("ruleId", flag.ruleId());
    view.put("citations", flag.citations());
    view.put(
        "aggregatePercent",
        flag.aggregatePercent().isPresent() ? flag.aggregatePercent().getAsDouble() : null);
    view.put("pathsTotal", flag.paths().size());
    view.put(
        "paths",
        flag.paths().stream().limit(MAX_PATHS_PER_FLAG).map(OwnershipService::path).toList());
    return view;
  }

  private static Map<String, Object> path(OwnershipPath path) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("description", path.describe(OwnershipPath.PRINTED_STEPS));
    List<OwnershipEdge> last = path.lastEdges(OwnershipPath.PRINTED_STEPS);
    view.put("steps", path.length());
    view.put("omittedSteps", path.length() - last.size());
    view.put("previousNode", path.previous().map(OwnershipPath::node).orElse(null));
    view.put("nodes", path.lastNodes(OwnershipPath.PRINTED_STEPS));
    List<Map<String, Object>> edges = new ArrayList<>();
    for (OwnershipEdge edge : last) {
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
