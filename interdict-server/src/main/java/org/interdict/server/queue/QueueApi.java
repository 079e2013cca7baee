package org.interdict.server.queue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.reviews.HitReviews;
import org.interdict.server.reviews.ReviewsApi;
import org.interdict.store.Database;
import org.interdict.store.Json;
import org.interdict.store.queue.AssignmentRepository;
import org.interdict.store.rescreen.RescreenRepository;
import org.interdict.store.reviews.Review;
import org.interdict.store.screenings.ScreeningRepository;
import org.jdbi.v3.core.Handle;

/**
 * {@code /api/v1/queue}: the open hits with filters; one hit with its explanation; assignment and
 * bulk decisions (one review and one audit event per hit, all in one transaction: a hit that is not
 * open fails the whole call).
 */
public final class QueueApi {
  /** Most hits one bulk call may decide or assign. */
  public static final int MAX_BULK = 500;

  private static final TypeReference<Map<String, Object>> EXPLANATION = new TypeReference<>() {};
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final JsonBodies bodies;
  private final QueueService queue;
  private final HitReviews hitReviews;
  private final AssignmentRepository assignments = new AssignmentRepository();
  private final ScreeningRepository screenings = new ScreeningRepository();
  private final RescreenRepository rescreens = new RescreenRepository();

  public QueueApi(
      Database db,
      Clock clock,
      Auditor auditor,
      JsonBodies bodies,
      org.interdict.server.reviews.FourEyes fourEyes) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.bodies = bodies;
    this.queue = new QueueService(clock);
    this.hitReviews = new HitReviews(clock, auditor, fourEyes);
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/queue", this::list, Role.VIEWER)
        .get("/api/v1/queue/item", this::item, Role.VIEWER)
        .post("/api/v1/queue/assign", this::assign, Role.ANALYST)
        .post("/api/v1/queue/decisions", this::decide, Role.ANALYST);
  }

  record Listing(List<QueueItem> items, int page, int pageSize, long total) {}

  record Detail(QueueItem item, Map<String, Object> explanation, String screenedBy) {}

  record AssignRequest(List<String> ids, String assignee, String comment) {}

  record DecisionRequest(List<String> ids, String decision, String comment) {}

  record Assigned(int assigned, String assignee) {}

  record Decided(List<ReviewsApi.ReviewBody> reviews) {}

  private void list(Context ctx) {
    Params p =
        Params.paged(
            ctx,
            "list",
            "program",
            "minScore",
            "maxScore",
            "minAgeDays",
            "maxAgeDays",
            "assignee",
            "source",
            "state");
    QueueFilter filter =
        new QueueFilter(
            p.text("list"),
            p.text("program"),
            p.decimal("minScore", 0, 0, 1),
            p.decimal("maxScore", 1, 0, 1),
            p.integer("minAgeDays", 0, 0, 100_000),
            p.integer("maxAgeDays", 100_000, 0, 100_000),
            p.text("assignee"),
            p.oneOf("source", QueueFilter.SOURCES),
            p.oneOf("state", QueueFilter.STATES));
    List<QueueItem> matching =
        db.jdbi().withHandle(h -> queue.open(h)).stream().filter(filter::accepts).toList();
    int from = Math.min(matching.size(), (p.page() - 1) * p.pageSize());
    int to = Math.min(matching.size(), from + p.pageSize());
    ctx.json(new Listing(matching.subList(from, to), p.page(), p.pageSize(), matching.size()));
  }

  private void item(Context ctx) {
    Params p = Params.of(ctx, Set.of("id"));
    String id =
        p.text("id")
            .orElseThrow(() -> ApiProblem.invalidParameter("query parameter 'id' is required"));
    Detail detail =
        db.jdbi()
            .withHandle(
                h -> {
                  QueueItem item =
                      queue
                          .find(h, id)
                          .orElseThrow(
                              () ->
                                  ApiProblem.notFound(
                                      "no open hit with id '" + id + "' in the queue"));
                  if (item.source().equals(QueueItem.RESCREEN)) {
                    var hit = rescreens.findHit(h, id).orElseThrow();
                    return new Detail(
                        item, Json.read(hit.explanation(), EXPLANATION), "rescreen:" + hit.runId());
                  }
                  String screeningId = id.substring(0, id.indexOf('|'));
                  var screening = screenings.find(h, screeningId).orElseThrow();
                  var hit =
                      screening.hits().stream()
                          .filter(x -> x.partyId().equals(item.partyId()))
                          .findFirst()
                          .orElseThrow();
                  return new Detail(
                      item, Json.read(hit.explanation(), EXPLANATION), screening.actor());
                });
    ctx.json(detail);
  }

  private List<QueueItem> openItems(Handle h, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw ApiProblem.invalidParameter("'ids' is required: the queue ids of the hits");
    }
    if (ids.size() > MAX_BULK) {
      throw ApiProblem.invalidParameter(
          "'ids' holds " + ids.size() + " hits; at most " + MAX_BULK + " per call");
    }
    Map<String, QueueItem> open =
        queue.open(h).stream().collect(Collectors.toMap(QueueItem::id, i -> i));
    List<QueueItem> items = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      QueueItem item = open.get(id);
      if (item == null) {
        throw ApiProblem.conflict(
            "hit '"
                + id
                + "' is not open in the queue (decided, lost by a re-screen, "
                + "or unknown); nothing was changed");
      }
      items.add(item);
    }
    return items;
  }

  private void assign(Context ctx) {
    Params.of(ctx, Set.of());
    AssignRequest r = bodies.read(ctx, AssignRequest.class);
    if (r.assignee() == null || r.assignee().strip().length() > 200) {
      throw ApiProblem.invalidParameter(
          "'assignee' is required (\"\" to unassign), at most 200 characters");
    }
    String assignee = r.assignee().strip();
    String comment = r.comment() == null ? "" : r.comment();
    Principal who = Principal.of(ctx);
    int n =
        db.inTransaction(
            h -> {
              List<QueueItem> items = openItems(h, r.ids());
              for (QueueItem item : items) {
                assignments.assign(
                    h,
                    item.subjectType(),
                    item.subjectKey(),
                    assignee,
                    who.userName(),
                    clock.instant());
                auditor.record(
                    h,
                    who,
                    "hit-assigned",
                    item.subjectType(),
                    item.id(),
                    "assignee="
                        + assignee
                        + " was="
                        + item.assignee()
                        + " party="
                        + item.partyId()
                        + ReviewsApi.auditComment(comment));
              }
              return items.size();
            });
    ctx.json(new Assigned(n, assignee));
  }

  private void decide(Context ctx) {
    Params.of(ctx, Set.of());
    DecisionRequest r = bodies.read(ctx, DecisionRequest.class);
    String comment = r.comment() == null ? "" : r.comment();
    if (comment.length() > 10_000) {
      throw ApiProblem.invalidParameter("'comment' is longer than 10000 characters");
    }
    Principal who = Principal.of(ctx);
    List<Review> made =
        db.inTransaction(
            h -> {
              List<Review> reviews = new ArrayList<>();
              for (QueueItem item : openItems(h, r.ids())) {
                if (item.pendingDecision() != null) {
                  throw ApiProblem.conflict(
                      "hit '"
                          + item.id()
                          + "' has a decision waiting for approval ("
                          + item.pendingDecision().decision()
                          + " by "
                          + item.pendingDecision().reviewer()
                          + "); approve or reject it first; nothing was changed");
                }
                reviews.add(
                    item.source().equals(QueueItem.RESCREEN)
                        ? hitReviews.onRescreenHit(h, who, item.id(), r.decision(), comment)
                        : hitReviews.onScreeningHit(
                            h,
                            who,
                            item.id().substring(0, item.id().indexOf('|')),
                            item.partyId(),
                            r.decision(),
                            comment));
              }
              return reviews;
            });
    ctx.status(201).json(new Decided(made.stream().map(ReviewsApi.ReviewBody::of).toList()));
  }
}
