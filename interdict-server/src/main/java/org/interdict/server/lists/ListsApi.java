package org.interdict.server.lists;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interdict.lists.snapshot.Attempt;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.update.UpdateReport;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.Json;
import org.interdict.store.Page;
import org.interdict.store.rescreen.RescreenHit;
import org.interdict.store.rescreen.RescreenRepository;
import org.interdict.store.rescreen.RescreenRun;

/**
 * {@code GET /api/v1/lists}, {@code POST /api/v1/lists/update}, {@code POST /api/v1/lists/reload},
 * {@code GET /api/v1/rescreen/runs} and {@code GET /api/v1/rescreen/hits}.
 */
public final class ListsApi {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private final ListsService service;
  private final Database db;
  private final Clock clock;
  private final JsonBodies bodies;
  private final RescreenRepository rescreens = new RescreenRepository();

  public ListsApi(ListsService service, Database db, Clock clock, JsonBodies bodies) {
    this.service = service;
    this.db = db;
    this.clock = clock;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/lists", this::status, Role.VIEWER)
        .post("/api/v1/lists/update", this::update, Role.ADMIN)
        .post("/api/v1/lists/reload", this::reload, Role.ADMIN)
        .get("/api/v1/rescreen/runs", this::runs, Role.VIEWER)
        .get("/api/v1/rescreen/hits", this::hits, Role.VIEWER);
  }

  /**
   * One list in force; {@code complete} false when reading it met {@code problemCount} problems.
   */
  record ListView(
      String listId,
      String title,
      String listDate,
      Long ageDays,
      int entryCount,
      String version,
      boolean complete,
      int problemCount,
      List<String> problems) {}

  record SnapshotView(
      String sourceId, String snapshotId, String fetchedAt, long ageDays, int entryCount) {}

  record AttemptView(
      String sourceId,
      String attemptedAt,
      String method,
      String result,
      String reason,
      String snapshotId,
      int entryCount) {}

  record Status(
      String source,
      String loadedAt,
      List<ListView> lists,
      List<SnapshotView> snapshots,
      List<String> problems,
      List<AttemptView> lastAttempts,
      RunView lastRescreen) {}

  record RunView(
      String id,
      String at,
      String actor,
      String trigger,
      String listsBefore,
      String listsAfter,
      Map<String, Integer> diff,
      int storedParties,
      int rescreened,
      int newHits,
      int goneHits,
      Map<String, Object> webhook) {}

  record HitView(
      String id,
      String runId,
      String at,
      String kind,
      String storedPartyId,
      String storedPartyName,
      String partyId,
      String listId,
      String entryId,
      String primaryName,
      double score,
      String reason,
      String snapshotBefore,
      String snapshotAfter,
      String entryHash,
      Map<String, Object> explanation) {}

  record UpdateRequest(List<String> sources) {}

  record ReportView(
      String sourceId, String result, String reason, String snapshotInForce, List<String> checks) {}

  record UpdateAnswer(
      List<ReportView> sources, boolean changed, String diff, RunView rescreen, Status lists) {}

  record Listing<T>(List<T> items, int page, int pageSize, long total) {}

  private void status(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.json(status());
  }

  private Status status() {
    InForce inForce = service.inForce();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<ListView> lists =
        inForce.lists().lists().stream()
            .map(
                info ->
                    new ListView(
                        info.listId(),
                        info.title(),
                        info.listDate().map(LocalDate::toString).orElse(null),
                        info.listDate().map(d -> ChronoUnit.DAYS.between(d, today)).orElse(null),
                        info.entryCount(),
                        inForce.version(info.listId()),
                        info.complete(),
                        info.problemCount(),
                        info.problems()))
            .toList();
    List<String> problems = new ArrayList<>(inForce.problems());
    inForce.lists().describeIncompleteness().forEach(line -> problems.add("incomplete: " + line));
    List<SnapshotView> snapshots =
        inForce.snapshots().stream().map(s -> snapshot(s, today)).toList();
    SnapshotStore store = SnapshotStore.at(service.dataDir());
    List<AttemptView> attempts = new ArrayList<>();
    for (String sourceId : store.sourceIds()) {
      store.lastAttempt(sourceId).map(ListsApi::attempt).ifPresent(attempts::add);
    }
    Optional<RescreenRun> last =
        db.jdbi().withHandle(h -> rescreens.runs(h, 1, 1)).items().stream().findFirst();
    return new Status(
        inForce.source(),
        Timestamps.format(inForce.loadedAt()),
        lists,
        snapshots,
        problems,
        attempts,
        last.map(ListsApi::run).orElse(null));
  }

  private static SnapshotView snapshot(Snapshot s, LocalDate today) {
    return new SnapshotView(
        s.sourceId(),
        s.id(),
        Timestamps.format(s.fetchedAt()),
        ChronoUnit.DAYS.between(s.date(), today),
        s.manifest().entryCount());
  }

  private static AttemptView attempt(Attempt a) {
    return new AttemptView(
        a.sourceId(),
        Timestamps.format(a.attemptedAt()),
        a.method(),
        a.result().id(),
        a.reason(),
        a.snapshotId().orElse(null),
        a.entryCount());
  }

  private void update(Context ctx) {
    Params.of(ctx, Set.of());
    List<String> sources = List.of();
    if (ctx.contentLength() > 0 || ctx.contentType() != null) {
      UpdateRequest request = bodies.read(ctx, UpdateRequest.class);
      sources = request.sources() == null ? List.of() : request.sources();
    }
    Principal who = Principal.of(ctx);
    answer(ctx, service.update(who.userName(), who.role().id(), sources));
  }

  private void reload(Context ctx) {
    Params.of(ctx, Set.of());
    Principal who = Principal.of(ctx);
    answer(ctx, service.reload(who.userName(), who.role().id()));
  }

  private void answer(Context ctx, ListsService.Outcome outcome) {
    List<ReportView> reports = outcome.reports().stream().map(ListsApi::report).toList();
    ctx.json(
        new UpdateAnswer(
            reports,
            outcome.changed(),
            outcome.diffSummary(),
            outcome.run().map(ListsApi::run).orElse(null),
            status()));
  }

  private static ReportView report(UpdateReport r) {
    return new ReportView(
        r.sourceId(),
        r.attempt().result().id(),
        r.attempt().reason(),
        r.inForce().map(Snapshot::id).orElse(null),
        r.checks());
  }

  private void runs(Context ctx) {
    Params params = Params.paged(ctx);
    Page<RescreenRun> page =
        db.jdbi().withHandle(h -> rescreens.runs(h, params.page(), params.pageSize()));
    ctx.json(
        new Listing<>(
            page.items().stream().map(ListsApi::run).toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }

  private void hits(Context ctx) {
    Params params = Params.paged(ctx, "run", "kind", "storedParty");
    Optional<String> kind = params.oneOf("kind", List.of("new", "gone"));
    Page<RescreenHit> page =
        db.jdbi()
            .withHandle(
                h ->
                    rescreens.hits(
                        h,
                        params.text("run"),
                        kind,
                        params.text("storedParty"),
                        params.page(),
                        params.pageSize()));
    ctx.json(
        new Listing<>(
            page.items().stream().map(ListsApi::hit).toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }

  static RunView run(RescreenRun r) {
    return new RunView(
        r.id(),
        Timestamps.format(r.at()),
        r.actor(),
        r.trigger(),
        r.listsBefore(),
        r.listsAfter(),
        Map.of("added", r.added(), "changed", r.changed(), "removed", r.removed()),
        r.storedParties(),
        r.rescreened(),
        r.newHits(),
        r.goneHits(),
        Map.of(
            "status",
            r.webhookStatus(),
            "attempts",
            r.webhookAttempts(),
            "detail",
            r.webhookDetail()));
  }

  private static HitView hit(RescreenHit h) {
    return new HitView(
        h.id(),
        h.runId(),
        Timestamps.format(h.at()),
        h.kind(),
        h.storedPartyId(),
        h.storedPartyName(),
        h.partyId(),
        h.listId(),
        h.entryId(),
        h.primaryName(),
        h.score(),
        h.reason(),
        h.snapshotBefore(),
        h.snapshotAfter(),
        h.entryHash(),
        Json.read(h.explanation(), OBJECT));
  }
}
