package org.interdict.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.server.http.Timestamps;
import org.interdict.server.reviews.HitReviews;
import org.interdict.store.queue.AssignmentRepository;
import org.interdict.store.rescreen.RescreenHit;
import org.interdict.store.rescreen.RescreenRepository;
import org.interdict.store.reviews.Review;
import org.interdict.store.reviews.ReviewRepository;
import org.interdict.store.screenings.ScreeningRepository;
import org.interdict.store.screenings.ScreeningRepository.SubjectHit;
import org.jdbi.v3.core.Handle;

/**
 * Builds the queue of open hits: of every review subject, the latest hit of the screenings, and the
 * latest new re-screen hit not lost again; open while no decision was made on the entry as it is
 * now (same entry hash). A hit decided on an earlier version of its entry is open again and carries
 * that decision; a decision waiting for four-eyes approval keeps its hit in the queue, marked
 * pending. Highest score first, then oldest. Stateless apart from the clock; thread-safe.
 */
public final class QueueService {
  private final Clock clock;
  private final ScreeningRepository screenings = new ScreeningRepository();
  private final RescreenRepository rescreens = new RescreenRepository();
  private final ReviewRepository reviews = new ReviewRepository();
  private final AssignmentRepository assignments = new AssignmentRepository();

  public QueueService(Clock clock) {
    this.clock = clock;
  }

  /** Every open hit, unfiltered. */
  public List<QueueItem> open(Handle h) {
    Instant now = clock.instant();
    Map<String, String> assigned = assignments.all(h);
    List<QueueItem> items = new ArrayList<>();
    Map<String, Review> screeningReviews = reviews.latestOfType(h, Review.SCREENING_HIT);
    Map<String, Review> screeningPending = reviews.pendingOfType(h, Review.SCREENING_HIT);
    for (SubjectHit s : screenings.latestHitPerSubject(h)) {
      Review review = screeningReviews.get(s.subjectKey());
      if (review != null && review.entryHash().equals(s.hit().entryHash())) {
        continue;
      }
      items.add(
          new QueueItem(
              s.screeningId() + "|" + s.hit().partyId(),
              QueueItem.SCREENING,
              Review.SCREENING_HIT,
              s.subjectKey(),
              s.queryName(),
              s.hit().partyId(),
              s.hit().listId(),
              s.hit().entryId(),
              s.hit().primaryName(),
              s.hit().score(),
              s.hit().programs(),
              Timestamps.format(s.at()),
              age(s.at(), now),
              assigned.getOrDefault(Review.SCREENING_HIT + "|" + s.subjectKey(), ""),
              s.hit().entryHash(),
              "screened",
              earlier(review),
              pending(screeningPending.get(s.subjectKey()), s.hit().entryHash())));
    }
    Map<String, Review> rescreenReviews = reviews.latestOfType(h, Review.RESCREEN_HIT);
    Map<String, Review> rescreenPending = reviews.pendingOfType(h, Review.RESCREEN_HIT);
    for (RescreenHit hit : rescreens.openNewHits(h)) {
      String key = HitReviews.rescreenKey(hit);
      Review review = rescreenReviews.get(key);
      if (review != null && review.entryHash().equals(hit.entryHash())) {
        continue;
      }
      items.add(
          new QueueItem(
              hit.id(),
              QueueItem.RESCREEN,
              Review.RESCREEN_HIT,
              key,
              hit.storedPartyName(),
              hit.partyId(),
              hit.listId(),
              hit.entryId(),
              hit.primaryName(),
              hit.score(),
              hit.programs(),
              Timestamps.format(hit.at()),
              age(hit.at(), now),
              assigned.getOrDefault(Review.RESCREEN_HIT + "|" + key, ""),
              hit.entryHash(),
              hit.reason(),
              earlier(review),
              pending(rescreenPending.get(key), hit.entryHash())));
    }
    items.sort(
        Comparator.comparingDouble(QueueItem::score)
            .reversed()
            .thenComparing(QueueItem::at)
            .thenComparing(QueueItem::id));
    return items;
  }

  /** One open hit by its queue id. */
  public Optional<QueueItem> find(Handle h, String id) {
    return open(h).stream().filter(item -> item.id().equals(id)).findFirst();
  }

  private static long age(Instant at, Instant now) {
    return Math.max(0, Duration.between(at, now).toDays());
  }

  /**
   * A pending decision made on the entry as it is now (one on an earlier entry no longer applies).
   */
  private static QueueItem.PendingDecision pending(Review review, String entryHash) {
    return review == null || !review.entryHash().equals(entryHash)
        ? null
        : new QueueItem.PendingDecision(
            review.id(),
            review.decision(),
            review.reviewer(),
            review.comment(),
            Timestamps.format(review.at()));
  }

  private static QueueItem.EarlierDecision earlier(Review review) {
    return review == null
        ? null
        : new QueueItem.EarlierDecision(
            review.decision(),
            review.reviewer(),
            review.comment(),
            Timestamps.format(review.at()),
            review.entryHash());
  }
}
