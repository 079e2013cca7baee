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

/**
 * {@code /api/v1/reviews}: record a decision on a screening hit (keyed by normalized name, party
 * and entry hash) or a finding (keyed by host and product, so it carries to later scans), and list
 * them.
 */
public final class ReviewsApi {
  static final List<String> FINDING_DECISIONS =
      List.of("true-match", "false-positive", "accepted-risk", "remediated");
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final JsonBodies bodies;
  private final ReviewRepository reviews = new ReviewRepository();
  private final FindingRepository findings = new FindingRepository();
  private final HitReviews hits;
  private final FourEyes fourEyes;

  public ReviewsApi(
      Database db, Clock clock, Auditor auditor, JsonBodies bodies, FourEyes fourEyes) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.bodies = bodies;
    this.hits = new HitReviews(clock, auditor, fourEyes);
    this.fourEyes = fourEyes;
  }

  public void register(Routes routes) {
    routes
        .post("/api/v1/reviews", this::record, Role.ANALYST)
        .get("/api/v1/reviews", this::list, Role.VIEWER)
        .post("/api/v1/reviews/{id}/approval", this::approval, Role.APPROVER)
        .get("/api/v1/settings/four-eyes", this::fourEyesSetting, Role.VIEWER)
        .post("/api/v1/settings/four-eyes", this::configureFourEyes, Role.ADMIN);
  }

  record ReviewRequest(
      String subjectType,
      String screeningId,
      String partyId,
      String hitId,
      String findingId,
      String decision,
      String comment) {}

  /** A review as the API shows it. */
  public record ReviewBody(
      String id,
      String subjectType,
      String subjectKey,
      String subjectId,
      String decision,
      String reviewer,
      String comment,
      String at,
      String status,
      String approver,
      String approvedAt,
      String approvalComment) {
    public static ReviewBody of(Review r) {
      return new ReviewBody(
          r.id(),
          r.subjectType(),
          r.subjectKey(),
          r.subjectId(),
          r.decision(),
          r.reviewer(),
          r.comment(),
          Timestamps.format(r.at()),
          r.status(),
          r.approver(),
          Timestamps.format(r.approvedAt()),
          r.approvalComment());
    }
  }

  record ApprovalRequest(Boolean approve, String comment) {}

  record FourEyesSetting(List<String> decisions) {}

  private void approval(Context ctx) {
    Params.of(ctx, Set.of());
    ApprovalRequest r = bodies.read(ctx, ApprovalRequest.class);
    if (r.approve() == null) {
      throw ApiProblem.invalidParameter("'approve' is required: true to approve, false to reject");
    }
    String comment = r.comment() == null ? "" : r.comment();
    if (comment.length() > 10_000) {
      throw ApiProblem.invalidParameter("'comment' is longer than 10000 characters");
    }
    ctx.json(
        ReviewBody.of(
            fourEyes.settle(Principal.of(ctx), ctx.pathParam("id"), r.approve(), comment)));
  }

  private void fourEyesSetting(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.json(new FourEyesSetting(db.jdbi().withHandle(h -> sorted(fourEyes.decisions(h)))));
  }

  private void configureFourEyes(Context ctx) {
    Params.of(ctx, Set.of());
    FourEyesSetting r = bodies.read(ctx, FourEyesSetting.class);
    ctx.json(new FourEyesSetting(sorted(fourEyes.configure(Principal.of(ctx), r.decisions()))));
  }

  private static List<String> sorted(Set<String> decisions) {
    return HitReviews.DECISIONS.stream().filter(decisions::contains).toList();
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
    Review review =
        db.inTransaction(
            h -> {
              if (Review.SCREENING_HIT.equals(r.subjectType())) {
                requireAbsent(r.findingId(), "findingId", r.subjectType());
                requireAbsent(r.hitId(), "hitId", r.subjectType());
                return hits.onScreeningHit(
                    h,
                    who,
                    required(r.screeningId(), "screeningId"),
                    required(r.partyId(), "partyId"),
                    r.decision(),
                    comment);
              } else if (Review.RESCREEN_HIT.equals(r.subjectType())) {
                requireAbsent(r.findingId(), "findingId", r.subjectType());
                requireAbsent(r.screeningId(), "screeningId", r.subjectType());
                requireAbsent(r.partyId(), "partyId", r.subjectType());
                return hits.onRescreenHit(
                    h, who, required(r.hitId(), "hitId"), r.decision(), comment);
              } else if (Review.FINDING.equals(r.subjectType())) {
                requireDecision(r.decision(), FINDING_DECISIONS);
                requireAbsent(r.screeningId(), "screeningId", r.subjectType());
                requireAbsent(r.partyId(), "partyId", r.subjectType());
                requireAbsent(r.hitId(), "hitId", r.subjectType());
                StoredFinding finding =
                    findings
                        .find(h, required(r.findingId(), "findingId"))
                        .orElseThrow(
                            () ->
                                ApiProblem.notFound("no finding with id '" + r.findingId() + "'"));
                Review made =
                    new Review(
                        Ids.next("v"),
                        Review.FINDING,
                        findingKey(finding.host(), finding.productId()),
                        finding.id(),
                        r.decision(),
                        who.userName(),
                        comment,
                        clock.instant(),
                        "",
                        Review.FINAL);
                reviews.insert(h, made);
                auditor.record(
                    h,
                    who,
                    "review-recorded",
                    made.subjectType(),
                    made.subjectId(),
                    "decision=" + made.decision() + auditComment(comment));
                return made;
              }
              throw ApiProblem.invalidParameter(
                  "'subjectType' must be 'screening-hit', 'rescreen-hit' or 'finding', was '"
                      + r.subjectType()
                      + "'");
            });
    ctx.status(201).json(ReviewBody.of(review));
  }

  /**
   * The comment as the audit detail's last part ({@code comment=...}), so the audit log keeps why a
   * decision was made; "" for no comment. The comment is the reviewer's own text, never the
   * screened name.
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
      throw ApiProblem.invalidParameter(
          "'" + field + "' does not apply to subjectType '" + subjectType + "'");
    }
  }

  static void requireDecision(String decision, List<String> allowed) {
    if (decision == null || !allowed.contains(decision)) {
      throw ApiProblem.invalidParameter(
          "'decision' must be one of " + allowed + ", was '" + decision + "'");
    }
  }

  private void list(Context ctx) {
    Params params = Params.paged(ctx, "subjectType", "decision", "status");
    Page<Review> page =
        db.jdbi()
            .withHandle(
                h ->
                    reviews.list(
                        h,
                        params.oneOf(
                            "subjectType",
                            List.of(Review.SCREENING_HIT, Review.RESCREEN_HIT, Review.FINDING)),
                        params.oneOf("decision", FINDING_DECISIONS),
                        params.oneOf("status", Review.STATUSES),
                        params.page(),
                        params.pageSize()));
    ctx.json(
        new Listing(
            page.items().stream().map(ReviewBody::of).toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }
}
