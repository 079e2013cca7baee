package org.interdict.server.reviews;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interdict.ConflictException;
import org.interdict.ForbiddenException;
import org.interdict.InvalidValueException;
import org.interdict.NotFoundException;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.store.Database;
import org.interdict.store.reviews.Review;
import org.interdict.store.reviews.ReviewRepository;
import org.interdict.store.settings.SettingsRepository;
import org.jdbi.v3.core.Handle;

/**
 * Four-eyes review of hit decisions: the site names the decision types that need a second person
 * (setting {@code four-eyes}, none by default); a decision of such a type is stored {@code pending}
 * and counts only once a different user with role {@code approver} approves it. Approvals and
 * rejections are audited with their comment. Thread-safe.
 */
public final class FourEyes {
  static final String SETTING = "four-eyes";
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final SettingsRepository settings = new SettingsRepository();
  private final ReviewRepository reviews = new ReviewRepository();

  public FourEyes(Database db, Clock clock, Auditor auditor) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
  }

  /** The decision types that need approval. */
  public Set<String> decisions(Handle h) {
    return settings
        .get(h, SETTING)
        .map(v -> Set.copyOf(Arrays.stream(v.split(",")).filter(s -> !s.isBlank()).toList()))
        .orElse(Set.of());
  }

  /** The status a new hit decision gets: pending when its type needs approval, else final. */
  String statusFor(Handle h, String decision) {
    return decisions(h).contains(decision) ? Review.PENDING : Review.FINAL;
  }

  /** Sets the decision types that need approval (admin), audited. */
  public Set<String> configure(Principal who, List<String> wanted) {
    if (wanted == null) {
      throw new InvalidValueException(
          "'decisions' is required: a list of " + HitReviews.DECISIONS + " ([] for none)");
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String decision : wanted) {
      if (!HitReviews.DECISIONS.contains(decision)) {
        throw new InvalidValueException(
            "'decisions' may hold " + HitReviews.DECISIONS + ", not '" + decision + "'");
      }
      chosen.add(decision);
    }
    return db.inTransaction(
        h -> {
          Set<String> before = decisions(h);
          settings.put(h, SETTING, String.join(",", chosen), who.userName(), clock.instant());
          auditor.record(
              h,
              who,
              "setting-changed",
              "setting",
              SETTING,
              "four-eyes="
                  + String.join(",", chosen)
                  + " was="
                  + String.join(",", new java.util.TreeSet<>(before)));
          return Set.copyOf(chosen);
        });
  }

  /** Approves or rejects a pending decision; the approver must not be the user who made it. */
  public Review settle(Principal who, String reviewId, boolean approve, String comment) {
    return db.inTransaction(
        h -> {
          Review review =
              reviews
                  .find(h, reviewId)
                  .orElseThrow(() -> new NotFoundException("no review with id '" + reviewId + "'"));
          if (!review.status().equals(Review.PENDING)) {
            throw new ConflictException(
                "review '" + reviewId + "' is '" + review.status() + "', not pending approval");
          }
          if (review.reviewer().equals(who.userName())) {
            throw new ForbiddenException(
                "four-eyes review: '"
                    + who.userName()
                    + "' made this decision and cannot "
                    + (approve ? "approve" : "reject")
                    + " it; another approver must");
          }
          reviews.settle(h, reviewId, approve, who.userName(), clock.instant(), comment);
          auditor.record(
              h,
              who,
              approve ? "review-approved" : "review-rejected",
              review.subjectType(),
              review.subjectId(),
              "review="
                  + reviewId
                  + " decision="
                  + review.decision()
                  + " by="
                  + review.reviewer()
                  + ReviewsApi.auditComment(comment));
          return reviews.find(h, reviewId).orElseThrow();
        });
  }
}
