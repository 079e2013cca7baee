package org.interdict.server.remediation;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.Page;
import org.interdict.store.remediation.RemediationItem;
import org.interdict.store.remediation.RemediationRepository;

/**
 * {@code GET /api/v1/remediation}, {@code POST /api/v1/remediation/{id}/transitions}, {@code POST
 * /api/v1/remediation/transitions} (several items at once) and {@code POST
 * /api/v1/remediation/{id}/assignment}.
 */
public final class RemediationApi {
  private final Database db;
  private final RemediationService service;
  private final JsonBodies bodies;
  private final RemediationRepository items = new RemediationRepository();

  public RemediationApi(Database db, RemediationService service, JsonBodies bodies) {
    this.db = db;
    this.service = service;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/remediation", this::list, Role.VIEWER)
        .post("/api/v1/remediation/{id}/transitions", this::transition, Role.ANALYST)
        .post("/api/v1/remediation/transitions", this::transitionMany, Role.ANALYST)
        .post("/api/v1/remediation/{id}/assignment", this::assign, Role.ANALYST);
  }

  record TransitionRequest(String state, String comment) {}

  /** The most items one bulk move takes. */
  static final int MAX_BULK = 500;

  record BulkTransitionRequest(List<String> ids, String state, String comment) {}

  record BulkAnswer(int moved, List<ItemBody> items) {}

  record AssignmentRequest(String assignee, String comment) {}

  record Event(String state, String at, String actor, String comment) {}

  record ItemBody(
      String id,
      String host,
      String productId,
      String productName,
      String state,
      String deadline,
      String regimeId,
      String phaseId,
      String assignee,
      String updatedAt,
      List<Event> history) {
    static ItemBody of(RemediationItem i) {
      return new ItemBody(
          i.id(),
          i.host(),
          i.productId(),
          i.productName(),
          i.state(),
          i.deadline().map(Object::toString).orElse(null),
          i.regimeId(),
          i.phaseId(),
          i.assignee(),
          Timestamps.format(i.updatedAt()),
          i.history().stream()
              .map(e -> new Event(e.state(), Timestamps.format(e.at()), e.actor(), e.comment()))
              .toList());
    }
  }

  record Listing(List<ItemBody> items, int page, int pageSize, long total) {}

  private void list(Context ctx) {
    Params p = Params.paged(ctx, "host", "product", "state", "regime");
    Page<RemediationItem> page =
        db.jdbi()
            .withHandle(
                h ->
                    items.list(
                        h,
                        p.text("host"),
                        p.text("product"),
                        p.oneOf("state", RemediationItem.STATES),
                        p.text("regime"),
                        p.page(),
                        p.pageSize()));
    ctx.json(
        new Listing(
            page.items().stream().map(ItemBody::of).toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }

  private void transition(Context ctx) {
    Params.of(ctx, Set.of());
    TransitionRequest request = bodies.read(ctx, TransitionRequest.class);
    if (request.state() == null) {
      throw ApiProblem.invalidParameter(
          "'state' is required: one of " + RemediationService.MANUAL_STATES);
    }
    String comment = request.comment() == null ? "" : request.comment();
    RemediationItem item =
        db.inTransaction(
            h ->
                service.transition(
                    h, Principal.of(ctx), ctx.pathParam("id"), request.state(), comment));
    ctx.json(ItemBody.of(item));
  }

  /**
   * Moves every item to one state with one comment, each audited on its own, all or none: an item
   * that cannot move (unknown, or already there or beyond) rejects the whole request, naming it.
   */
  private void transitionMany(Context ctx) {
    Params.of(ctx, Set.of());
    BulkTransitionRequest request = bodies.read(ctx, BulkTransitionRequest.class);
    if (request.ids() == null || request.ids().isEmpty() || request.state() == null) {
      throw ApiProblem.invalidParameter(
          "'ids' (1 to " + MAX_BULK + " item ids) and 'state' are required");
    }
    if (request.ids().stream().anyMatch(id -> id == null || id.isBlank())) {
      throw ApiProblem.invalidParameter("'ids' holds an empty id");
    }
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(request.ids()));
    if (ids.size() > MAX_BULK) {
      throw ApiProblem.invalidParameter(
          "at most " + MAX_BULK + " items move at once, got " + ids.size());
    }
    String comment = request.comment() == null ? "" : request.comment();
    Principal who = Principal.of(ctx);
    List<RemediationItem> moved =
        db.inTransaction(
            h ->
                ids.stream()
                    .map(id -> service.transition(h, who, id, request.state(), comment))
                    .toList());
    ctx.json(new BulkAnswer(moved.size(), moved.stream().map(ItemBody::of).toList()));
  }

  private void assign(Context ctx) {
    Params.of(ctx, Set.of());
    AssignmentRequest request = bodies.read(ctx, AssignmentRequest.class);
    if (request.assignee() == null) {
      throw ApiProblem.invalidParameter("'assignee' is required (\"\" to unassign)");
    }
    String comment = request.comment() == null ? "" : request.comment();
    RemediationItem item =
        db.inTransaction(
            h ->
                service.assign(
                    h,
                    Principal.of(ctx),
                    ctx.pathParam("id"),
                    request.assignee().strip(),
                    comment));
    ctx.json(ItemBody.of(item));
  }
}
