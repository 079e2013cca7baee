package org.interdict.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of applying the ownership rules to a graph as of a date: per rule whether it was
 * evaluated, the nodes that screened as listed parties, the flags with their paths, and the graph's
 * issues.
 */
public record OwnershipResult(
    LocalDate asOf,
    String rulesVersion,
    List<RuleOutcome> rules,
    List<ListedNode> listed,
    List<OwnershipFlag> flags,
    List<GraphIssue> issues) {
  public OwnershipResult {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rulesVersion, "rulesVersion");
    rules = List.copyOf(rules);
    listed = List.copyOf(listed);
    flags = List.copyOf(flags);
    issues = List.copyOf(issues);
  }

  /**
   * The flags on one node (any spelling the graph folds together is not resolved here: pass the
   * node name).
   */
  public List<OwnershipFlag> flagsOn(String node) {
    return flags.stream().filter(flag -> flag.node().equals(node)).toList();
  }
}
