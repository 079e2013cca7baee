package org.interdict.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@link OwnershipRule.Method#CONTROL_CHAIN}: from the listed nodes, up through their parents (and
 * their parents) and down through their subsidiaries (and theirs), at any depth, plus their direct
 * affiliates. A control edge is {@code parent-of}, or {@code owns} at or above the rule's
 * threshold; smaller stakes are not control. Siblings (another subsidiary of a parent) are reached
 * only through an explicit {@code affiliate-of} edge. One breadth-first walk per direction starts
 * from every listed node at once, so each node is visited once per direction (linear in the graph)
 * and its path is a shortest one from the nearest listed node; a flag holds at most one path per
 * listed node (a direct affiliate edge, the walk up, the walk down).
 */
final class ControlChain {
  private ControlChain() {}

  private enum Direction {
    UP,
    DOWN
  }

  static List<OwnershipFlag> flags(
      OwnershipGraph graph, OwnershipRule rule, Map<String, ListedNode> seeds) {
    Map<String, List<OwnershipPath>> found = new LinkedHashMap<>();
    for (ListedNode seed : seeds.values()) {
      OwnershipPath start = OwnershipPath.start(seed);
      for (OwnershipEdge edge : graph.incoming(seed.node())) {
        if (edge.relation() == Relation.AFFILIATE_OF) {
          reach(found, seeds, start.then(edge, edge.owner()));
        }
      }
      for (OwnershipEdge edge : graph.outgoing(seed.node())) {
        if (edge.relation() == Relation.AFFILIATE_OF) {
          reach(found, seeds, start.then(edge, edge.owned()));
        }
      }
    }
    for (Direction direction : Direction.values()) {
      walk(graph, rule, seeds, direction, found);
    }
    List<OwnershipFlag> flags = new ArrayList<>();
    found.forEach(
        (node, paths) ->
            flags.add(
                new OwnershipFlag(
                    node, rule.id(), rule.citations(), OptionalDouble.empty(), paths)));
    return flags;
  }

  private static void walk(
      OwnershipGraph graph,
      OwnershipRule rule,
      Map<String, ListedNode> seeds,
      Direction direction,
      Map<String, List<OwnershipPath>> found) {
    Deque<OwnershipPath> queue = new ArrayDeque<>();
    Set<String> visited = new HashSet<>(seeds.keySet());
    seeds.values().forEach(seed -> queue.add(OwnershipPath.start(seed)));
    while (!queue.isEmpty()) {
      OwnershipPath path = queue.poll();
      List<OwnershipEdge> edges =
          direction == Direction.UP ? graph.incoming(path.node()) : graph.outgoing(path.node());
      for (OwnershipEdge edge : edges) {
        String next = direction == Direction.UP ? edge.owner() : edge.owned();
        if (controls(edge, rule) && visited.add(next)) {
          OwnershipPath longer = path.then(edge, next);
          reach(found, seeds, longer);
          queue.add(longer);
        }
      }
    }
  }

  private static boolean controls(OwnershipEdge edge, OwnershipRule rule) {
    return edge.relation() == Relation.PARENT_OF
        || (edge.relation() == Relation.OWNS
            && edge.percent().getAsDouble() + 1e-9 >= rule.thresholdPercent());
  }

  /** Records a path to a node that is not itself a seed; the first path per listed node is kept. */
  private static void reach(
      Map<String, List<OwnershipPath>> found, Map<String, ListedNode> seeds, OwnershipPath path) {
    if (seeds.containsKey(path.node())) {
      return;
    }
    List<OwnershipPath> paths = found.computeIfAbsent(path.node(), n -> new ArrayList<>(2));
    if (paths.stream().noneMatch(p -> p.listed().node().equals(path.listed().node()))) {
      paths.add(path);
    }
  }
}
