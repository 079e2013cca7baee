package org.interdict.server.reviews;

import java.time.Clock;
import java.util.List;
import org.interdict.InvalidValueException;
import org.interdict.NotFoundException;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.store.Ids;
import org.interdict.store.rescreen.RescreenHit;
import org.interdict.store.rescreen.RescreenRepository;
import org.interdict.store.reviews.Review;
import org.interdict.store.reviews.ReviewRepository;
import org.interdict.store.screenings.Screening;
import org.interdict.store.screenings.ScreeningHit;
import org.interdict.store.screenings.ScreeningRepository;
import org.jdbi.v3.core.Handle;

/**
 * Records a decision on a hit, of a screening or of a re-screen, with its audit event (comment
 * included) in the caller's transaction: the one path for the review form and the hit queue's bulk
 * decisions. A decision of a type under four-eyes review is stored pending ({@link FourEyes}).
 * Thread-safe.
 */
public final class HitReviews {
  public static final List<String> DECISIONS =
      List.of("true-match", "false-positive", "accepted-risk");
  private final Clock clock;
  private final Auditor auditor;
  private final ReviewRepository reviews = new ReviewRepository();
  private final ScreeningRepository screenings = new ScreeningRepository();
  private final RescreenRepository rescreens = new RescreenRepository();

  private final FourEyes fourEyes;

  public HitReviews(Clock clock, Auditor auditor, FourEyes fourEyes) {
    this.clock = clock;
    this.auditor = auditor;
    this.fourEyes = fourEyes;
  }

  /**
   * A decision on the hit of {@code partyId} in a stored screening (keyed by normalized query and
   * party).
   */
  public Review onScreeningHit(
      Handle h,
      Principal who,
      String screeningId,
      String partyId,
      String decision,
      String comment) {
    requireDecision(decision);
    Screening screening =
        screenings
            .find(h, screeningId)
            .orElseThrow(() -> new NotFoundException("no screening with id '" + screeningId + "'"));
    ScreeningHit hit =
        screening.hits().stream()
            .filter(x -> x.partyId().equals(partyId))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "screening '" + screeningId + "' has no hit for party '" + partyId + "'"));
    Review made =
        new Review(
            Ids.next("v"),
            Review.SCREENING_HIT,
            ScreeningRepository.hitKey(screening.normalized(), hit.partyId()),
            screening.id(),
            decision,
            who.userName(),
            comment,
            clock.instant(),
            hit.entryHash(),
            fourEyes.statusFor(h, decision));
    reviews.insert(h, made);
    auditor.record(
        h,
        who,
        "review-recorded",
        made.subjectType(),
        made.subjectId(),
        "decision="
            + decision
            + " party="
            + partyId
            + " status="
            + made.status()
            + ReviewsApi.auditComment(comment));
    return made;
  }

  /**
   * A decision on a re-screen hit (keyed by listed party and stored party, so it holds for later
   * runs).
   */
  public Review onRescreenHit(
      Handle h, Principal who, String hitId, String decision, String comment) {
    requireDecision(decision);
    RescreenHit hit =
        rescreens
            .findHit(h, hitId)
            .orElseThrow(() -> new NotFoundException("no re-screen hit with id '" + hitId + "'"));
    if (!hit.kind().equals("new")) {
      throw new InvalidValueException(
          "re-screen hit '" + hitId + "' is a 'gone' hit; only new hits are decided");
    }
    Review made =
        new Review(
            Ids.next("v"),
            Review.RESCREEN_HIT,
            rescreenKey(hit),
            hit.id(),
            decision,
            who.userName(),
            comment,
            clock.instant(),
            hit.entryHash(),
            fourEyes.statusFor(h, decision));
    reviews.insert(h, made);
    auditor.record(
        h,
        who,
        "review-recorded",
        made.subjectType(),
        made.subjectId(),
        "decision="
            + decision
            + " party="
            + hit.partyId()
            + " stored="
            + hit.storedPartyId()
            + " status="
            + made.status()
            + ReviewsApi.auditComment(comment));
    return made;
  }

  /** The review subject key of a re-screen hit: listed party id, "|", stored party id. */
  public static String rescreenKey(RescreenHit hit) {
    return hit.partyId() + "|" + hit.storedPartyId();
  }

  static void requireDecision(String decision) {
    ReviewsApi.requireDecision(decision, DECISIONS);
  }
}
