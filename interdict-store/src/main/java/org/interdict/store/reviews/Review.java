package org.interdict.store.reviews;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision: on a {@code screening-hit} (subject key = party and normalized query; {@code
 * entryHash} of the list entry decided on) or a {@code finding} (subject key = host and product;
 * {@code entryHash} ""), with the id of the screening or finding it was made on. {@code status} is
 * {@code final} (needs no approval), {@code pending} (four-eyes review: waits for a different
 * user), {@code approved} or {@code rejected}; only final and approved decisions count. {@code
 * approver}, {@code approvedAt} and {@code approvalComment} say who approved or rejected it.
 */
public record Review(
    String id,
    String subjectType,
    String subjectKey,
    String subjectId,
    String decision,
    String reviewer,
    String comment,
    Instant at,
    String entryHash,
    String status,
    String approver,
    java.util.Optional<Instant> approvedAt,
    String approvalComment) {
  public static final String FINAL = "final";
  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final java.util.List<String> STATUSES =
      java.util.List.of(FINAL, PENDING, APPROVED, REJECTED);
  public static final String SCREENING_HIT = "screening-hit";
  public static final String FINDING = "finding";

  /**
   * A hit of a re-screen: subject key = listed party and stored party; subject id = the re-screen
   * hit id.
   */
  public static final String RESCREEN_HIT = "rescreen-hit";

  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(entryHash, "entryHash");
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be one of " + STATUSES + ", was '" + status + "'");
    }
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(approvedAt, "approvedAt");
    Objects.requireNonNull(approvalComment, "approvalComment");
  }

  /** A new decision, not yet approved by anyone: {@code final} or {@code pending}. */
  public Review(
      String id,
      String subjectType,
      String subjectKey,
      String subjectId,
      String decision,
      String reviewer,
      String comment,
      Instant at,
      String entryHash,
      String status) {
    this(
        id,
        subjectType,
        subjectKey,
        subjectId,
        decision,
        reviewer,
        comment,
        at,
        entryHash,
        status,
        "",
        java.util.Optional.empty(),
        "");
  }

  /** True when the decision counts: final, or approved by a second user. */
  public boolean effective() {
    return status.equals(FINAL) || status.equals(APPROVED);
  }
}
