package org.interdict.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@link OwnershipRule.Method#CONTROL_CHAIN}: from each listed node, up through its parents (and their parents) and
 * down through its subsidiaries (and theirs), at any depth, plus its direct affiliates. A control edge is
 * {@code parent-of}, or {@code owns} at or above the rule's threshold; smaller stakes are not control. Siblings
 * (another subsidiary of a parent) are reached only through an explicit {@code affiliate-of} edge. Breadth-first,
 * so each flag's path is a shortest one; visited nodes are not revisited, so cycles end.
 */
final class ControlChain {
  private ControlChain() {}

  private enum Direction { UP, DOWN }

  private record Step(String node, Direction direction, OwnershipPath path) {}

  static List<OwnershipFlag> flags(OwnershipGraph graph, OwnershipRule rule, Map<String, ListedNode> seeds) {
    Map<String, List<OwnershipPath>> found = new LinkedHashMap<>();
    for (ListedNode seed : seeds.values()) {
      Deque<Step> queue = new ArrayDeque<>();
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
      queue.add(new Step(seed.node(), Direction.UP, start));
      queue.add(new Step(seed.node(), Direction.DOWN, start));
      java.util.Set<String> visited = new java.util.HashSet<>();
      while (!queue.isEmpty()) {
        Step step = queue.poll();
        if (!visited.add(step.direction + "|" + step.node)) {
          continue;
        }
        List<OwnershipEdge> edges = step.direction == Direction.UP
            ? graph.incoming(step.node) : graph.outgoing(step.node);
        for (OwnershipEdge edge : edges) {
          if (!controls(edge, rule)) {
            continue;
          }
          String next = step.direction == Direction.UP ? edge.owner() : edge.owned();
          if (step.path.nodes().contains(next)) {
            continue;
          }
          OwnershipPath path = step.path.then(edge, next);
          reach(found, seeds, path);
          queue.add(new Step(next, step.direction, path));
        }
      }
    }
    List<OwnershipFlag> flags = new ArrayList<>();
    found.forEach((node, paths) -> flags.add(
        new OwnershipFlag(node, rule.id(), rule.citations(), OptionalDouble.empty(), paths)));
    return flags;
  }

  private static boolean controls(OwnershipEdge edge, OwnershipRule rule) {
    return edge.relation() == Relation.PARENT_OF
        || (edge.relation() == Relation.OWNS && edge.percent().getAsDouble() + 1e-9 >= rule.thresholdPercent());
  }

  /** Records a path to a node that is not itself a seed; the first path per seed is kept. */
  private static void reach(Map<String, List<OwnershipPath>> found, Map<String, ListedNode> seeds, OwnershipPath path) {
    String node = path.nodes().get(path.nodes().size() - 1);
    if (seeds.containsKey(node)) {
      return;
    }
    List<OwnershipPath> paths = found.computeIfAbsent(node, n -> new ArrayList<>());
    if (paths.stream().noneMatch(p -> p.listed().node().equals(path.listed().node()))) {
      paths.add(path);
    }
  }
}
