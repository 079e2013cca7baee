package org.interdict.ownership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@link OwnershipRule.Method#AGGREGATE_OWNERSHIP}, as OFAC's 2014 guidance describes it: a node is caught when the
 * shares held in it by listed or already-caught owners add up to the threshold or more. A caught owner's share counts
 * in full (it is not multiplied along the chain), and owners that are not caught count for nothing, however much of
 * them a listed party holds. Repeated to a fixed point, so chains of any depth and cycles are handled; each node is
 * caught at most once, so the walk ends.
 */
final class AggregateOwnership {
  private static final double EPSILON = 1e-9;

  private AggregateOwnership() {}

  static List<OwnershipFlag> flags(OwnershipGraph graph, OwnershipRule rule, Map<String, ListedNode> seeds) {
    Map<String, List<OwnershipPath>> caught = new LinkedHashMap<>();
    seeds.forEach((node, listed) -> caught.put(node, List.of(OwnershipPath.start(listed))));
    List<OwnershipFlag> flags = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String node : graph.nodes()) {
        if (caught.containsKey(node)) {
          continue;
        }
        Map<String, OwnershipEdge> byOwner = new LinkedHashMap<>();
        for (OwnershipEdge edge : graph.incoming(node)) {
          boolean share = edge.relation() != Relation.AFFILIATE_OF && edge.percent().isPresent();
          OwnershipEdge known = byOwner.get(edge.owner());
          // a repeated owner row counts once, with its largest share
          if (share && caught.containsKey(edge.owner())
              && (known == null || known.percent().getAsDouble() < edge.percent().getAsDouble())) {
            byOwner.put(edge.owner(), edge);
          }
        }
        double sum = byOwner.values().stream().mapToDouble(edge -> edge.percent().getAsDouble()).sum();
        if (!byOwner.isEmpty() && sum + EPSILON >= rule.thresholdPercent()) {
          List<OwnershipPath> paths = new ArrayList<>();
          for (OwnershipEdge edge : byOwner.values()) {
            paths.add(caught.get(edge.owner()).get(0).then(edge, node));
          }
          caught.put(node, paths);
          flags.add(new OwnershipFlag(node, rule.id(), rule.citations(), OptionalDouble.of(sum), paths));
          changed = true;
        }
      }
    }
    return flags;
  }
}
