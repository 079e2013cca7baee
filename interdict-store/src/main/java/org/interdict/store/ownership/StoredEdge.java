package org.interdict.store.ownership;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One stored ownership edge, owner to owned: the percentage when known, the relation id ({@code
 * owns}, {@code parent-of}, {@code affiliate-of}), where it was read ({@code upload.csv:3} or
 * {@code api}), the user's reference, and who imported it when. {@code seq} keeps the import order.
 */
public record StoredEdge(
    String id,
    long seq,
    String owner,
    String owned,
    OptionalDouble percent,
    String relation,
    String source,
    String reference,
    Instant createdAt,
    String actor) {
  public StoredEdge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(owned, "owned");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reference, "reference");
  }
}
