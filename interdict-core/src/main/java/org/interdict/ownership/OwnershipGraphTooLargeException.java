package org.interdict.ownership;

import org.interdict.model.SourceLocation;

/**
 * A graph with more than {@link OwnershipGraph#MAX_EDGES} edges: refused whole rather than analysed
 * in part, naming where the limit was passed, so a partial analysis is never presented as complete.
 */
public class OwnershipGraphTooLargeException extends UnreadableOwnershipException {
  private static final long serialVersionUID = 1L;

  public OwnershipGraphTooLargeException(SourceLocation at) {
    super(
        "ownership graph "
            + at
            + ": more than "
            + OwnershipGraph.MAX_EDGES
            + " edges; an ownership graph holds at "
            + "most "
            + OwnershipGraph.MAX_EDGES
            + " edges (split it into independent groups)");
  }
}
