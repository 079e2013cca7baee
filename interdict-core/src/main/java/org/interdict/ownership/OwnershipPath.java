package org.interdict.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evidence for a flag: a walk from a listed node to the flagged node. {@code nodes.get(0)} is the listed node (its
 * match is {@code listed}); {@code edges.get(i)} joins {@code nodes.get(i)} and {@code nodes.get(i + 1)} and keeps
 * its own direction, percentage and source, so a walk up to a parent shows the edge pointing back.
 */
public record OwnershipPath(List<String> nodes, List<OwnershipEdge> edges, ListedNode listed) {
  public OwnershipPath {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    Objects.requireNonNull(listed, "listed");
    if (nodes.size() != edges.size() + 1) {
      throw new IllegalArgumentException("a path of " + nodes.size() + " nodes needs " + (nodes.size() - 1) + " edges");
    }
  }

  static OwnershipPath start(ListedNode listed) {
    return new OwnershipPath(List.of(listed.node()), List.of(), listed);
  }

  OwnershipPath then(OwnershipEdge edge, String next) {
    List<String> longerNodes = new ArrayList<>(nodes);
    longerNodes.add(next);
    List<OwnershipEdge> longerEdges = new ArrayList<>(edges);
    longerEdges.add(edge);
    return new OwnershipPath(longerNodes, longerEdges, listed);
  }

  /** "A -[owns 60%]-> B <-[parent-of]- C", for humans. */
  public String describe() {
    StringBuilder text = new StringBuilder(nodes.get(0));
    for (int i = 0; i < edges.size(); i++) {
      OwnershipEdge edge = edges.get(i);
      String label = edge.relation().id()
          + (edge.percent().isPresent() ? " " + Percentages.format(edge.percent().getAsDouble()) + "%" : "");
      boolean forward = edge.owned().equals(nodes.get(i + 1));
      text.append(forward ? " -[" + label + "]-> " : " <-[" + label + "]- ").append(nodes.get(i + 1));
    }
    return text.toString();
  }
}
