package org.interdict.ownership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interdict.model.SourceLocation;

/**
 * A graph of parties (nodes are names as the user's records write them; two spellings that differ
 * only in case or spacing are one node) and ownership edges between them, with the issues found
 * while building it. Immutable.
 */
public final class OwnershipGraph {
  /**
   * The most edges a graph may hold. Analysis is linear in the graph, but every node is screened,
   * and one server request may have to analyse a whole stored graph: this bounds that cost
   * (docs/screening.md).
   */
  public static final int MAX_EDGES = 100_000;

  private final List<String> nodes;
  private final List<OwnershipEdge> edges;
  private final Map<String, List<OwnershipEdge>> outgoing;
  private final Map<String, List<OwnershipEdge>> incoming;
  private final List<GraphIssue> issues;
  private final Map<String, String> nodesByKey = new java.util.HashMap<>();

  private OwnershipGraph(List<String> nodes, List<OwnershipEdge> edges, List<GraphIssue> issues) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    Map<String, List<OwnershipEdge>> out = new LinkedHashMap<>();
    Map<String, List<OwnershipEdge>> in = new LinkedHashMap<>();
    for (OwnershipEdge edge : edges) {
      out.computeIfAbsent(edge.owner(), n -> new ArrayList<>()).add(edge);
      in.computeIfAbsent(edge.owned(), n -> new ArrayList<>()).add(edge);
    }
    this.nodes.forEach(node -> nodesByKey.putIfAbsent(key(node), node));
    this.outgoing = out;
    this.incoming = in;
    List<GraphIssue> all = new ArrayList<>(issues);
    all.addAll(GraphChecks.overAllocated(this.nodes, in));
    all.addAll(GraphChecks.cycles(this.nodes, out));
    this.issues = List.copyOf(all);
  }

  /**
   * Builds a graph from edges; self-owning edges are dropped and reported, every other edge is
   * kept.
   *
   * @throws OwnershipGraphTooLargeException when there are more than {@link #MAX_EDGES} edges
   */
  public static OwnershipGraph of(
      Collection<OwnershipEdge> edges, Collection<GraphIssue> readIssues) {
    Builder builder = new Builder(readIssues);
    edges.forEach(builder::add);
    return builder.build();
  }

  public static OwnershipGraph of(Collection<OwnershipEdge> edges) {
    return of(edges, List.of());
  }

  /** Node names in the order first seen. */
  public List<String> nodes() {
    return nodes;
  }

  public List<OwnershipEdge> edges() {
    return edges;
  }

  /**
   * Read problems (skipped rows) followed by graph checks (self-ownership, cycles, shares over 100
   * %).
   */
  public List<GraphIssue> issues() {
    return issues;
  }

  /** Edges whose owner (or parent) is {@code node}. */
  public List<OwnershipEdge> outgoing(String node) {
    return outgoing.getOrDefault(node, List.of());
  }

  /** Edges that point at {@code node}. */
  public List<OwnershipEdge> incoming(String node) {
    return incoming.getOrDefault(node, List.of());
  }

  /** The node a spelling refers to (case and spacing ignored), if in the graph. */
  public Optional<String> node(String spelling) {
    return Optional.ofNullable(nodesByKey.get(key(spelling)));
  }

  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Collects edges, folding node spellings together. Not thread-safe. */
  static final class Builder {
    private final Map<String, String> spellings = new LinkedHashMap<>();
    private final List<OwnershipEdge> edges = new ArrayList<>();
    private final List<GraphIssue> issues;

    Builder(Collection<GraphIssue> readIssues) {
      this.issues = new ArrayList<>(readIssues);
    }

    void add(OwnershipEdge edge) {
      if (edges.size() >= MAX_EDGES) {
        throw new OwnershipGraphTooLargeException(edge.source());
      }
      String owner = spellings.computeIfAbsent(key(edge.owner()), k -> edge.owner().strip());
      String owned = spellings.computeIfAbsent(key(edge.owned()), k -> edge.owned().strip());
      if (owner.equals(owned)) {
        issues.add(
            new GraphIssue(
                "self-ownership",
                "'" + owner + "' is said to own itself; edge skipped",
                edge.source()));
        return;
      }
      edges.add(edge.between(owner, owned));
    }

    OwnershipGraph build() {
      return new OwnershipGraph(new ArrayList<>(spellings.values()), edges, issues);
    }
  }

  static SourceLocation graphLocation() {
    return SourceLocation.ofLine("graph", 0);
  }
}
