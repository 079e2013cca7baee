package org.interdict.ownership;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence for a flag: a walk from a listed node to the flagged node. A path is its last edge plus
 * the path it extends ({@link #previous()}), so the paths of a chain share their common start
 * instead of copying it: memory is linear in the graph however deep it is. Each edge keeps its own
 * direction, percentage and source, so a walk up to a parent shows the edge pointing back.
 * Immutable.
 */
public final class OwnershipPath {
  /** How many last steps {@link #describe(int)} and the reports print of a longer path. */
  public static final int PRINTED_STEPS = 8;

  private final ListedNode listed;
  private final OwnershipPath previous;
  private final OwnershipEdge edge;
  private final String node;
  private final int length;

  private OwnershipPath(
      ListedNode listed, OwnershipPath previous, OwnershipEdge edge, String node) {
    this.listed = Objects.requireNonNull(listed, "listed");
    this.previous = previous;
    this.edge = edge;
    this.node = Objects.requireNonNull(node, "node");
    this.length = previous == null ? 0 : previous.length + 1;
  }

  static OwnershipPath start(ListedNode listed) {
    return new OwnershipPath(listed, null, null, listed.node());
  }

  /**
   * This path extended by {@code next} through {@code step}, which must touch this path's last
   * node.
   */
  OwnershipPath then(OwnershipEdge step, String next) {
    if (!(step.owner().equals(node) && step.owned().equals(next))
        && !(step.owned().equals(node) && step.owner().equals(next))) {
      throw new IllegalArgumentException(
          "edge "
              + step.owner()
              + " -> "
              + step.owned()
              + " does not join "
              + node
              + " and "
              + next);
    }
    return new OwnershipPath(listed, this, step, next);
  }

  /** The listed node the path starts at, with its match. */
  public ListedNode listed() {
    return listed;
  }

  /** The node the path ends at (the flagged node). */
  public String node() {
    return node;
  }

  /** The number of edges. */
  public int length() {
    return length;
  }

  /**
   * The path this one extends by its last edge; empty for the zero-length path of a listed node.
   */
  public Optional<OwnershipPath> previous() {
    return Optional.ofNullable(previous);
  }

  public Optional<OwnershipEdge> lastEdge() {
    return Optional.ofNullable(edge);
  }

  /** The last {@code max} edges (all when the path is shorter), first to last. O(max). */
  public List<OwnershipEdge> lastEdges(int max) {
    Deque<OwnershipEdge> tail = new ArrayDeque<>();
    for (OwnershipPath at = this; at.previous != null && tail.size() < max; at = at.previous) {
      tail.addFirst(at.edge);
    }
    return List.copyOf(tail);
  }

  /** The nodes joined by {@link #lastEdges(int)}: one more than the edges. O(max). */
  public List<String> lastNodes(int max) {
    Deque<String> tail = new ArrayDeque<>();
    OwnershipPath at = this;
    for (; at.previous != null && tail.size() < max; at = at.previous) {
      tail.addFirst(at.node);
    }
    tail.addFirst(at.node);
    return List.copyOf(tail);
  }

  /** Every node, the listed one first. O(length): reports print {@link #lastNodes(int)} instead. */
  public List<String> nodes() {
    return lastNodes(length);
  }

  /** Every edge, first to last. O(length). */
  public List<OwnershipEdge> edges() {
    return lastEdges(length);
  }

  /** "A -[owns 60%]-> B <-[parent-of]- C", every step, for humans. */
  public String describe() {
    return describe(length);
  }

  /**
   * The listed node and the last {@code maxSteps} steps; the steps between are counted, not printed
   * ("A -[1990 steps omitted]-> X -[owns 60%]-> Y"): each omitted node is flagged itself, with its
   * own path.
   */
  public String describe(int maxSteps) {
    List<String> nodes = lastNodes(maxSteps);
    List<OwnershipEdge> edges = lastEdges(maxSteps);
    StringBuilder text = new StringBuilder();
    if (edges.size() < length) {
      text.append(listed.node())
          .append(" -[")
          .append(length - edges.size())
          .append(" steps omitted]-> ");
    }
    text.append(nodes.get(0));
    for (int i = 0; i < edges.size(); i++) {
      OwnershipEdge step = edges.get(i);
      String label =
          step.relation().id()
              + (step.percent().isPresent()
                  ? " " + Percentages.format(step.percent().getAsDouble()) + "%"
                  : "");
      boolean forward = step.owned().equals(nodes.get(i + 1));
      text.append(forward ? " -[" + label + "]-> " : " <-[" + label + "]- ")
          .append(nodes.get(i + 1));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return describe(PRINTED_STEPS);
  }
}
