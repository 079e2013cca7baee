package org.interdict.store.reviews;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision: on a {@code screening-hit} (subject key = party and normalized query; {@code entryHash} of the
 * list entry decided on) or a {@code finding} (subject key = host and product; {@code entryHash} ""), with the
 * id of the screening or finding it was made on.
 */
public record Review(
    String id, String subjectType, String subjectKey, String subjectId, String decision, String reviewer,
    String comment, Instant at, String entryHash) {
  public static final String SCREENING_HIT = "screening-hit";
  public static final String FINDING = "finding";

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
  }
}
