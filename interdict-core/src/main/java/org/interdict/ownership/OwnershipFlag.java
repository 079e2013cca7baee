package org.interdict.ownership;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A node a rule flags although it is not itself listed: the rule's id and citations, the aggregate
 * share held by listed or already-flagged owners (aggregate rules; empty for control chains) and
 * every path that proves it.
 */
public record OwnershipFlag(
    String node,
    String ruleId,
    List<String> citations,
    OptionalDouble aggregatePercent,
    List<OwnershipPath> paths) {
  public OwnershipFlag {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(ruleId, "ruleId");
    citations = List.copyOf(citations);
    Objects.requireNonNull(aggregatePercent, "aggregatePercent");
    paths = List.copyOf(paths);
  }
}
