package org.interdict.ownership;

import java.util.Objects;
import java.util.OptionalDouble;
import org.interdict.model.SourceLocation;

/**
 * One edge of an ownership graph, always pointing from owner (or parent, or first affiliate) to
 * owned: the share in percent when known (required for {@code owns}), the relation, where the edge
 * was read (file and line, or {@code api}) and the user's own reference for it (the CSV {@code
 * source} column, "" when none).
 */
public record OwnershipEdge(
    String owner,
    String owned,
    OptionalDouble percent,
    Relation relation,
    SourceLocation source,
    String reference) {
  public OwnershipEdge {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(owned, "owned");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reference, "reference");
    if (percent.isPresent() && !(percent.getAsDouble() >= 0 && percent.getAsDouble() <= 100)) {
      throw new IllegalArgumentException("percent " + percent.getAsDouble() + " outside [0, 100]");
    }
    if (relation == Relation.OWNS && percent.isEmpty()) {
      throw new IllegalArgumentException("an owns edge needs a percentage");
    }
  }

  private static final SourceLocation API = SourceLocation.ofLine("api", 0);

  /** An edge added through the API rather than read from a file. */
  public static OwnershipEdge of(String owner, String owned, double percent) {
    return new OwnershipEdge(owner, owned, OptionalDouble.of(percent), Relation.OWNS, API, "");
  }

  /** An edge without a percentage (parent-of, affiliate-of) added through the API. */
  public static OwnershipEdge of(String owner, String owned, Relation relation) {
    return new OwnershipEdge(owner, owned, OptionalDouble.empty(), relation, API, "");
  }

  /** The same edge between other spellings of its ends. */
  OwnershipEdge between(String newOwner, String newOwned) {
    return new OwnershipEdge(newOwner, newOwned, percent, relation, source, reference);
  }
}
