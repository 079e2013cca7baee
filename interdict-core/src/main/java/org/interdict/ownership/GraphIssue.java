package org.interdict.ownership;

import java.util.Objects;
import org.interdict.model.SourceLocation;

/**
 * Something odd in an ownership graph that was handled rather than fatal: a skipped row ({@code
 * malformed-ownership-row}, {@code unknown-relation}, {@code bad-percent}, {@code self-ownership})
 * or a property of the graph that results depend on ({@code ownership-cycle}, {@code
 * over-100-percent}). Ids are stable.
 */
public record GraphIssue(String issueId, String message, SourceLocation location) {
  public GraphIssue {
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  @Override
  public String toString() {
    return location + ": " + issueId + ": " + message;
  }
}
