package org.interdict.server.remediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interdict.ConflictException;
import org.interdict.InvalidValueException;
import org.interdict.NotFoundException;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.reviews.ReviewsApi;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.remediation.ProgressRepository;
import org.interdict.store.remediation.RemediationItem;
import org.interdict.store.remediation.RemediationRepository;
import org.jdbi.v3.core.Handle;

/**
 * Keeps one remediation item per (host, covered product). A completed scan opens items for new
 * covered findings (and reopens verified ones seen again) and verifies unfinished items of the
 * hosts it read whose product it no longer shows; analysts move items open -> in-progress ->
 * replaced. Every change records a history entry and refreshes today's progress snapshot, in the
 * caller's transaction. Thread-safe.
 */
public final class RemediationService {
  public static final List<String> MANUAL_STATES =
      List.of(RemediationItem.IN_PROGRESS, RemediationItem.REPLACED);
  private final Clock clock;
  private final Auditor auditor;
  private final RemediationRepository items = new RemediationRepository();
  private final ProgressRepository progress = new ProgressRepository();

  public RemediationService(Clock clock, Auditor auditor) {
    this.clock = clock;
    this.auditor = auditor;
  }

  /** Applies a completed scan: {@code hosts} are every host it read records of. */
  public void applyScan(Handle h, String scanId, Set<String> hosts, List<StoredFinding> findings) {
    Instant now = clock.instant();
    String actor = "scan:" + scanId;
    Set<String> present = new HashSet<>();
    for (StoredFinding f : findings) {
      if (!f.covered()) {
        continue;
      }
      present.add(f.host() + "|" + f.productId());
      Optional<RemediationItem> existing = items.findByHostAndProduct(h, f.host(), f.productId());
      if (existing.isEmpty()) {
        var deciding =
            f.regimes().stream()
                .filter(r -> !r.status().equals("not-covered"))
                .sorted(
                    java.util.Comparator.comparing(
                        (org.interdict.store.findings.FindingRegime r) ->
                            r.deadline() == null ? "9999-12-31" : r.deadline()))
                .findFirst()
                .orElseThrow();
        items.create(
            h,
            f.host(),
            f.productId(),
            f.productName(),
            f.deadline(),
            deciding.regimeId(),
            deciding.phaseId(),
            now,
            actor,
            "found by scan " + scanId);
      } else if (existing.get().state().equals(RemediationItem.VERIFIED)) {
        items.transition(
            h,
            existing.get().id(),
            RemediationItem.OPEN,
            now,
            actor,
            "seen again by scan " + scanId);
      }
    }
    for (RemediationItem item : items.unverified(h)) {
      if (hosts.contains(item.host()) && !present.contains(item.host() + "|" + item.productId())) {
        items.transition(
            h, item.id(), RemediationItem.VERIFIED, now, actor, "not found by scan " + scanId);
        auditor.record(
            h,
            actor,
            "system",
            "remediation-verified",
            "remediation-item",
            item.id(),
            "host=" + item.host() + " product=" + item.productId());
      }
    }
    snapshot(h);
  }

  /**
   * An analyst's transition: only forward, open -> in-progress -> replaced (in-progress may be
   * skipped).
   */
  public RemediationItem transition(
      Handle h, Principal who, String id, String state, String comment) {
    RemediationItem item =
        items
            .find(h, id)
            .orElseThrow(() -> new NotFoundException("no remediation item with id '" + id + "'"));
    if (!MANUAL_STATES.contains(state)) {
      throw new InvalidValueException(
          "'state' must be one of "
              + MANUAL_STATES
              + "; 'verified' is set only by a later scan, was '"
              + state
              + "'");
    }
    int from = RemediationItem.STATES.indexOf(item.state());
    int to = RemediationItem.STATES.indexOf(state);
    if (to <= from) {
      throw new ConflictException(
          "item '" + id + "' is '" + item.state() + "'; it cannot move to '" + state + "'");
    }
    items.transition(h, id, state, clock.instant(), who.userName(), comment);
    auditor.record(
        h,
        who,
        "remediation-transition",
        "remediation-item",
        id,
        item.state() + " -> " + state + ReviewsApi.auditComment(comment));
    snapshot(h);
    return items.find(h, id).orElseThrow();
  }

  /**
   * Sets who works on an item ("" to unassign), audited with the comment; the state does not
   * change.
   */
  public RemediationItem assign(
      Handle h, Principal who, String id, String assignee, String comment) {
    RemediationItem item =
        items
            .find(h, id)
            .orElseThrow(() -> new NotFoundException("no remediation item with id '" + id + "'"));
    if (assignee.length() > 200) {
      throw new InvalidValueException("'assignee' is longer than 200 characters");
    }
    if (comment.length() > 10_000) {
      throw new InvalidValueException("'comment' is longer than 10000 characters");
    }
    items.assign(h, id, assignee, clock.instant(), who.userName(), comment);
    auditor.record(
        h,
        who,
        "remediation-assigned",
        "remediation-item",
        id,
        "assignee=" + assignee + " was=" + item.assignee() + ReviewsApi.auditComment(comment));
    return items.find(h, id).orElseThrow();
  }

  private void snapshot(Handle h) {
    progress.record(h, LocalDate.now(clock), items.countsByState(h), clock.instant());
  }
}
