package org.interdict.ownership;

import java.util.Objects;
import org.interdict.screening.Match;

/**
 * A graph node that screened as a listed party: the node, and the match (party, matched name,
 * score, explanation).
 */
public record ListedNode(String node, Match match) {
  public ListedNode {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(match, "match");
  }
}
