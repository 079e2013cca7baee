package org.interdict.server.reviews;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.Page;
import org.interdict.store.findings.FindingRepository;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.reviews.Review;
import org.interdict.store.reviews.ReviewRepository;
import org.interdict.store.screenings.Screening;
import org.interdict.store.screenings.ScreeningHit;
import org.interdict.store.screenings.ScreeningRepository;

/**
 * {@code /api/v1/reviews}: record a decision on a screening hit (keyed by normalized name, party and entry hash)
 * or a finding (keyed by host and product, so it carries to later scans), and list them.
 */
public final class ReviewsApi {
  static final List<String> HIT_DECISIONS = List.of("true-match", "false-positive", "accepted-risk");
  static final List<String> FINDING_DECISIONS = List.of("true-match", "false-positive", "accepted-risk", "remediated");
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final JsonBodies bodies;
  private final ReviewRepository reviews = new ReviewRepository();
  private final ScreeningRepository screenings = new ScreeningRepository();
  private final FindingRepository findings = new FindingRepository();

  public ReviewsApi(Database db, Clock clock, Auditor auditor, JsonBodies bodies) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes.post("/api/v1/reviews", this::record, Role.ANALYST)
        .get("/api/v1/reviews", this::list, Role.VIEWER);
  }

  record ReviewRequest(String subjectType, String screeningId, String partyId, String findingId, String decision,
      String comment) {}

  /** A review as the API shows it. */
  public record ReviewBody(String id, String subjectType, String subjectKey, String decision, String reviewer,
      String comment, String at) {
    static ReviewBody of(Review r) {
      return new ReviewBody(r.id(), r.subjectType(), r.subjectKey(), r.decision(), r.reviewer(), r.comment(),
          Timestamps.format(r.at()));
    }
  }

  record Listing(List<ReviewBody> items, int page, int pageSize, long total) {}

  private void record(Context ctx) {
    Params.of(ctx, Set.of());
    ReviewRequest r = bodies.read(ctx, ReviewRequest.class);
    Principal who = Principal.of(ctx);
    String comment = r.comment() == null ? "" : r.comment();
    if (comment.length() > 10_000) {
      throw ApiProblem.invalidParameter("'comment' is longer than 10000 characters");
    }
    Review review = db.inTransaction(h -> {
      Review made;
      if (Review.SCREENING_HIT.equals(r.subjectType())) {
        requireDecision(r.decision(), HIT_DECISIONS);
        requireAbsent(r.findingId(), "findingId", r.subjectType());
        Screening screening = screenings.find(h, required(r.screeningId(), "screeningId"))
            .orElseThrow(() -> ApiProblem.notFound("no screening with id '" + r.screeningId() + "'"));
        ScreeningHit hit = screening.hits().stream().filter(x -> x.partyId().equals(r.partyId())).findFirst()
            .orElseThrow(() -> ApiProblem.notFound("screening '" + r.screeningId() + "' has no hit for party '"
                + required(r.partyId(), "partyId") + "'"));
        made = new Review(Ids.next("v"), Review.SCREENING_HIT,
            ScreeningRepository.hitKey(screening.normalized(), hit.partyId()), screening.id(), r.decision(),
            who.keyName(), comment, clock.instant(), hit.entryHash());
      } else if (Review.FINDING.equals(r.subjectType())) {
        requireDecision(r.decision(), FINDING_DECISIONS);
        requireAbsent(r.screeningId(), "screeningId", r.subjectType());
        requireAbsent(r.partyId(), "partyId", r.subjectType());
        StoredFinding finding = findings.find(h, required(r.findingId(), "findingId"))
            .orElseThrow(() -> ApiProblem.notFound("no finding with id '" + r.findingId() + "'"));
        made = new Review(Ids.next("v"), Review.FINDING, findingKey(finding.host(), finding.productId()),
            finding.id(), r.decision(), who.keyName(), comment, clock.instant(), "");
      } else {
        throw ApiProblem.invalidParameter("'subjectType' must be 'screening-hit' or 'finding', was '"
            + r.subjectType() + "'");
      }
      reviews.insert(h, made);
      auditor.record(h, who, "review-recorded", made.subjectType(), made.subjectId(), "decision=" + made.decision()
          + (made.subjectType().equals(Review.SCREENING_HIT) ? " party=" + r.partyId() : "")
          + auditComment(comment));
      return made;
    });
    ctx.status(201).json(ReviewBody.of(review));
  }

  /**
   * The comment as the audit detail's last part ({@code comment=...}), so the audit log keeps why a decision was
   * made; "" for no comment. The comment is the reviewer's own text, never the screened name.
   */
  public static String auditComment(String comment) {
    return comment.isBlank() ? "" : " comment=" + comment.strip();
  }

  /** The review subject key of a finding: host and product, so decisions carry to later scans. */
  public static String findingKey(String host, String productId) {
    return host + "|" + productId;
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw ApiProblem.invalidParameter("'" + field + "' is required");
    }
    return value;
  }

  private static void requireAbsent(String value, String field, String subjectType) {
    if (value != null) {
      throw ApiProblem.invalidParameter("'" + field + "' does not apply to subjectType '" + subjectType + "'");
    }
  }

  private static void requireDecision(String decision, List<String> allowed) {
    if (decision == null || !allowed.contains(decision)) {
      throw ApiProblem.invalidParameter("'decision' must be one of " + allowed + ", was '" + decision + "'");
    }
  }

  private void list(Context ctx) {
    Params params = Params.paged(ctx, "subjectType", "decision");
    Page<Review> page = db.jdbi().withHandle(h -> reviews.list(h,
        params.oneOf("subjectType", List.of(Review.SCREENING_HIT, Review.FINDING)),
        params.oneOf("decision", FINDING_DECISIONS), params.page(), params.pageSize()));
    ctx.json(new Listing(page.items().stream().map(ReviewBody::of).toList(), page.page(), page.pageSize(),
        page.total()));
  }
}
