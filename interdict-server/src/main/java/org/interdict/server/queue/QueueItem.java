package org.interdict.server.queue;

import java.util.List;
import java.util.Objects;

/**
 * One open hit in the queue. {@code id} is {@code <screening id>|<party id>} for a screening hit
 * and the re-screen hit id ({@code rh-…}) for a re-screen hit; {@code name} is the screened name or
 * the stored party's name; {@code earlierDecision} is the latest decision made on an earlier
 * version of the list entry (the hit reopened because the entry changed), else null; {@code
 * pendingDecision} a decision on the entry as it is now that waits for a second user's approval
 * (four-eyes review), else null.
 */
public record QueueItem(
    String id,
    String source,
    String subjectType,
    String subjectKey,
    String name,
    String partyId,
    String listId,
    String entryId,
    String primaryName,
    double score,
    List<String> programs,
    String at,
    long ageDays,
    String assignee,
    String entryHash,
    String reason,
    EarlierDecision earlierDecision,
    PendingDecision pendingDecision) {
  public static final String SCREENING = "screening";
  public static final String RESCREEN = "rescreen";

  public QueueItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    programs = List.copyOf(programs);
    Objects.requireNonNull(assignee, "assignee");
  }

  /** A decision waiting for approval by a user other than its reviewer. */
  public record PendingDecision(
      String reviewId, String decision, String reviewer, String comment, String at) {}

  /** A decision that no longer holds: made on the entry whose hash was {@code entryHash}. */
  public record EarlierDecision(
      String decision, String reviewer, String comment, String at, String entryHash) {}
}
