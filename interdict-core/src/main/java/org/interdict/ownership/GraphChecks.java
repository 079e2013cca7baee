package org.interdict.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks run on every graph: cycles of ownership and nodes whose recorded shares add up to more
 * than 100 %.
 */
final class GraphChecks {
  private GraphChecks() {}

  /**
   * One {@code over-100-percent} issue per node whose incoming {@code owns} shares sum above 100.
   */
  static List<GraphIssue> overAllocated(
      List<String> nodes, Map<String, List<OwnershipEdge>> incoming) {
    List<GraphIssue> issues = new ArrayList<>();
    for (String node : nodes) {
      double sum = 0;
      for (OwnershipEdge edge : incoming.getOrDefault(node, List.of())) {
        if (edge.relation() == Relation.OWNS) {
          sum += edge.percent().orElse(0);
        }
      }
      if (sum > 100.0 + 1e-9) {
        issues.add(
            new GraphIssue(
                "over-100-percent",
                String.format(
                    Locale.ROOT,
                    "the shares recorded in '%s' add up to %.2f %%; each edge is used as given",
                    node,
                    sum),
                OwnershipGraph.graphLocation()));
      }
    }
    return issues;
  }

  /**
   * One {@code ownership-cycle} issue per strongly connected group of two or more nodes (Tarjan,
   * iterative).
   */
  static List<GraphIssue> cycles(List<String> nodes, Map<String, List<OwnershipEdge>> outgoing) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    java.util.Set<String> onStack = new java.util.HashSet<>();
    List<GraphIssue> issues = new ArrayList<>();
    int[] counter = {0};
    for (String start : nodes) {
      if (index.containsKey(start)) {
        continue;
      }
      Deque<Object[]> work = new ArrayDeque<>();
      work.push(new Object[] {start, 0});
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        String node = (String) frame[0];
        int next = (Integer) frame[1];
        if (next == 0 && !index.containsKey(node)) {
          index.put(node, counter[0]);
          low.put(node, counter[0]++);
          stack.push(node);
          onStack.add(node);
        }
        List<OwnershipEdge> out = outgoing.getOrDefault(node, List.of());
        if (next < out.size()) {
          frame[1] = next + 1;
          String child = out.get(next).owned();
          if (!index.containsKey(child)) {
            work.push(new Object[] {child, 0});
          } else if (onStack.contains(child)) {
            low.put(node, Math.min(low.get(node), index.get(child)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = (String) work.peek()[0];
          low.put(parent, Math.min(low.get(parent), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          List<String> group = new ArrayList<>();
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            group.add(member);
          } while (!member.equals(node));
          if (group.size() > 1) {
            java.util.Collections.reverse(group);
            issues.add(
                new GraphIssue(
                    "ownership-cycle",
                    "ownership cycle among "
                        + String.join(", ", group)
                        + "; each node is evaluated once, so the cycle adds nothing",
                    OwnershipGraph.graphLocation()));
          }
        }
      }
    }
    return issues;
  }
}
