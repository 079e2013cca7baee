package org.interdict.server.overview;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interdict.server.auth.Role;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.queue.QueueItem;
import org.interdict.server.queue.QueueService;
import org.interdict.store.Database;
import org.interdict.store.findings.FindingRepository;
import org.interdict.store.remediation.ProgressRepository;
import org.interdict.store.remediation.ProgressSnapshot;
import org.interdict.store.remediation.RemediationRepository;
import org.interdict.store.reviews.ReviewRepository;
import org.interdict.store.screenings.ScreeningRepository;

/** {@code GET /api/v1/overview}, as of today by the server's clock. */
public final class OverviewApi {
  private final Database db;
  private final Clock clock;
  private final FindingRepository findings = new FindingRepository();
  private final RemediationRepository remediation = new RemediationRepository();
  private final ProgressRepository progress = new ProgressRepository();
  private final ScreeningRepository screenings = new ScreeningRepository();
  private final ReviewRepository reviews = new ReviewRepository();
  private final QueueService queue;

  public OverviewApi(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.queue = new QueueService(clock);
  }

  public void register(Routes routes) {
    routes.get("/api/v1/overview", this::show, Role.VIEWER);
  }

  record Deadline(String regimeId, String phaseId, String date, long daysLeft, long openItems) {}

  record Burndown(String date, long open, long inProgress, long replaced, long verified) {}

  /**
   * {@code openHits} includes the open re-screen hits, also counted alone in {@code
   * openRescreenHits}.
   */
  record ScreeningTotals(long screenings, long openHits, long decided, long openRescreenHits) {}

  record Overview(
      String asOf,
      List<FindingRepository.RegimeStatusCount> findingsByRegimeAndStatus,
      long hostsAffected,
      List<Deadline> deadlines,
      List<Burndown> burndown,
      ScreeningTotals screening) {}

  /** The most days the burn-down shows, ending at the as-of date. */
  static final int BURNDOWN_DAYS = 400;

  /**
   * One point per day from the first snapshot to {@code asOf} (at most {@link #BURNDOWN_DAYS}); a
   * day without a change repeats the day before.
   */
  static List<Burndown> daily(List<ProgressSnapshot> snapshots, LocalDate asOf) {
    List<Burndown> points = new java.util.ArrayList<>();
    if (snapshots.isEmpty()) {
      return points;
    }
    LocalDate first = snapshots.get(0).day();
    LocalDate start =
        first.isBefore(asOf.minusDays(BURNDOWN_DAYS - 1))
            ? asOf.minusDays(BURNDOWN_DAYS - 1)
            : first;
    int next = 0;
    ProgressSnapshot current = null;
    for (LocalDate day = first; !day.isAfter(asOf); day = day.plusDays(1)) {
      while (next < snapshots.size() && !snapshots.get(next).day().isAfter(day)) {
        current = snapshots.get(next++);
      }
      if (!day.isBefore(start)) {
        points.add(
            new Burndown(
                day.toString(),
                current.open(),
                current.inProgress(),
                current.replaced(),
                current.verified()));
      }
    }
    return points;
  }

  private void show(Context ctx) {
    Params.of(ctx, Set.of());
    LocalDate asOf = LocalDate.now(clock);
    Overview overview =
        db.jdbi()
            .withHandle(
                h ->
                    new Overview(
                        asOf.toString(),
                        findings.countsByRegimeAndStatus(h),
                        findings.hostsAffected(h),
                        deadlines(h, asOf),
                        daily(progress.upTo(h, asOf), asOf),
                        screening(h)));
    ctx.json(overview);
  }

  private List<Deadline> deadlines(org.jdbi.v3.core.Handle h, LocalDate asOf) {
    Deadlines deadlines = new Deadlines(remediation.unfinished(h));
    findings.forEachCurrentCovered(h, deadlines::add);
    return deadlines.asOf(asOf);
  }

  private ScreeningTotals screening(org.jdbi.v3.core.Handle h) {
    // the hit queue's own count, so the "Open hits" card and the queue it opens agree
    List<QueueItem> open = queue.open(h);
    long rescreen = open.stream().filter(i -> i.source().equals(QueueItem.RESCREEN)).count();
    return new ScreeningTotals(screenings.count(h), open.size(), reviews.decidedHits(h), rescreen);
  }
}
