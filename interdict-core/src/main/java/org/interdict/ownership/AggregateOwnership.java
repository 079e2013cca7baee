package org.interdict.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@link OwnershipRule.Method#AGGREGATE_OWNERSHIP}, as OFAC's 2014 guidance describes it: a node is
 * caught when the shares held in it by listed or already-caught owners add up to the threshold or
 * more. A caught owner's share counts in full (it is not multiplied along the chain), and owners
 * that are not caught count for nothing, however much of them a listed party holds. A worklist from
 * the listed nodes: each caught node passes its shares on once, so the walk is linear in the edges,
 * ends on cycles and handles chains of any depth. A flag's paths are the ones of the owners that
 * caught it, each extended by one edge (shared, not copied).
 */
final class AggregateOwnership {
  private static final double EPSILON = 1e-9;

  private AggregateOwnership() {}

  /**
   * The shares caught owners hold in one node so far: a repeated owner row counts once, with its
   * largest share.
   */
  private static final class Holdings {
    private final Map<String, OwnershipEdge> byOwner = new LinkedHashMap<>();
    private double sum;

    void add(OwnershipEdge edge) {
      OwnershipEdge known = byOwner.get(edge.owner());
      double share = edge.percent().getAsDouble();
      if (known == null || known.percent().getAsDouble() < share) {
        sum += share - (known == null ? 0 : known.percent().getAsDouble());
        byOwner.put(edge.owner(), edge);
      }
    }

    double exactSum() {
      return byOwner.values().stream().mapToDouble(edge -> edge.percent().getAsDouble()).sum();
    }
  }

  static List<OwnershipFlag> flags(
      OwnershipGraph graph, OwnershipRule rule, Map<String, ListedNode> seeds) {
    Map<String, OwnershipPath> caught = new HashMap<>();
    seeds.forEach((node, listed) -> caught.put(node, OwnershipPath.start(listed)));
    Map<String, Holdings> holdings = new HashMap<>();
    Deque<String> work = new ArrayDeque<>(seeds.keySet());
    List<OwnershipFlag> flags = new ArrayList<>();
    while (!work.isEmpty()) {
      String owner = work.poll();
      for (OwnershipEdge edge : graph.outgoing(owner)) {
        String owned = edge.owned();
        if (edge.relation() == Relation.AFFILIATE_OF
            || edge.percent().isEmpty()
            || caught.containsKey(owned)) {
          continue;
        }
        Holdings held = holdings.computeIfAbsent(owned, n -> new Holdings());
        held.add(edge);
        // the running sum decides cheaply; the exact sum (once per caught node) confirms and is
        // reported
        double sum = held.sum + EPSILON >= rule.thresholdPercent() ? held.exactSum() : 0;
        if (sum + EPSILON >= rule.thresholdPercent()) {
          List<OwnershipPath> paths = new ArrayList<>();
          for (OwnershipEdge share : held.byOwner.values()) {
            paths.add(caught.get(share.owner()).then(share, owned));
          }
          caught.put(owned, paths.get(0));
          holdings.remove(owned);
          flags.add(
              new OwnershipFlag(owned, rule.id(), rule.citations(), OptionalDouble.of(sum), paths));
          work.add(owned);
        }
      }
    }
    return flags;
  }
}
