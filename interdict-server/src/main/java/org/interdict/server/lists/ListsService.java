package org.interdict.server.lists;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.interdict.ConflictException;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.diff.ListDiff;
import org.interdict.lists.diff.ListDiffer;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.snapshot.SnapshotStoreException;
import org.interdict.lists.snapshot.StoreLock;
import org.interdict.lists.update.HttpFetcher;
import org.interdict.lists.update.ListUpdater;
import org.interdict.lists.update.OfficialSources;
import org.interdict.lists.update.UpdateReport;
import org.interdict.model.Party;
import org.interdict.screening.EntryHash;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.delta.Baseline;
import org.interdict.screening.delta.BaselineEntry;
import org.interdict.screening.delta.DeltaRescreener;
import org.interdict.screening.delta.DeltaResult;
import org.interdict.screening.delta.HitChange;
import org.interdict.screening.delta.HitReason;
import org.interdict.screening.delta.HitReasons;
import org.interdict.screening.delta.ListChange;
import org.interdict.screening.delta.PreviousMatch;
import org.interdict.screening.delta.StoredNames;
import org.interdict.screening.delta.StoredParty;
import org.interdict.server.audit.Auditor;
import org.interdict.server.screening.ScreeningLists;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.parties.LastHit;
import org.interdict.store.parties.StoredPartyRecord;
import org.interdict.store.parties.StoredPartyRepository;
import org.interdict.store.rescreen.ListsState;
import org.interdict.store.rescreen.ListsStateRepository;
import org.interdict.store.rescreen.RescreenHit;
import org.interdict.store.rescreen.RescreenRepository;
import org.interdict.store.rescreen.RescreenRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the lists in force current while the server runs. An update runs the core updater into the
 * snapshot store; an update or a reload then loads the lists in force ({@link InForce}) and, when
 * they changed, diffs them (core diff engine), swaps the shared index, re-screens the stored
 * parties as a delta against the baseline of their previous results (core delta engine), records
 * the new and gone hits with the run in one transaction, audits it and hands the webhook delivery
 * to a background thread. One update or reload at a time; thread-safe.
 */
public final class ListsService implements AutoCloseable {
  /**
   * The settings stored parties are re-screened with: the default minimum score and limit, no
   * filter.
   */
  public static final ScreeningQuery TEMPLATE = ScreeningQuery.of("");

  static final String SETTINGS_FILE = "sources.properties";
  private static final Logger LOG = LoggerFactory.getLogger(ListsService.class);
  private static final String ACTOR_ROLE = "system";
  private final Database db;
  private final ScreeningLists lists;
  private final Optional<Path> listsDir;
  private final Path dataDir;
  private final ListsOptions options;
  private final OfficialSources sources;
  private final Clock clock;
  private final Auditor auditor;
  private final String userAgent;
  private final Optional<Webhook> webhook;
  private final ExecutorService deliveries =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "interdict-webhook");
            thread.setDaemon(true);
            return thread;
          });
  private final StoredPartyRepository parties = new StoredPartyRepository();
  private final RescreenRepository rescreens = new RescreenRepository();
  private final ListsStateRepository states = new ListsStateRepository();
  private final Object lock = new Object();
  private volatile InForce current;
  private Baseline baseline;
  private Map<String, String> covered = Map.of();

  /**
   * The outcome of an update or reload: per-source reports (update only), whether the lists
   * changed, the run.
   */
  public record Outcome(
      List<UpdateReport> reports,
      boolean changed,
      InForce inForce,
      Optional<RescreenRun> run,
      String diffSummary) {}

  private ListsService(
      Database db,
      ScreeningLists lists,
      InForce current,
      Optional<Path> listsDir,
      Path dataDir,
      ListsOptions options,
      Clock clock,
      Auditor auditor,
      String version) {
    this.db = db;
    this.lists = lists;
    this.current = current;
    this.listsDir = listsDir;
    this.dataDir = dataDir;
    this.options = options;
    this.clock = clock;
    this.auditor = auditor;
    this.userAgent = "interdict-server/" + version;
    Map<String, String> settings =
        new LinkedHashMap<>(OfficialSources.readSettings(dataDir.resolve(SETTINGS_FILE)));
    settings.putAll(options.sourceSettings());
    this.sources = OfficialSources.defaults().withOverrides(settings);
    this.webhook =
        options
            .webhookUrl()
            .map(
                url ->
                    new Webhook(
                        url,
                        options.webhookSecret(),
                        options.webhookAttempts(),
                        options.webhookBackoff()));
  }

  /**
   * Loads the lists in force into a new shared {@link ScreeningLists}, and screens the stored
   * parties once to build the baseline later deltas compare with.
   *
   * @throws IllegalArgumentException when a source setting names an unknown source or key
   */
  public static ListsService start(
      Database db,
      Optional<Path> listsDir,
      Path dataDir,
      ListsOptions options,
      Clock clock,
      Auditor auditor,
      String version) {
    InForce inForce = InForce.load(listsDir, dataDir, clock);
    inForce.problems().forEach(problem -> LOG.warn("Lists in force: {}", problem));
    ListsStateRepository states = new ListsStateRepository();
    Optional<ListsState> recorded = db.jdbi().withHandle(states::find);
    Optional<InForce> previous =
        recorded
            .filter(state -> !state.key().equals(inForce.key()))
            .flatMap(state -> InForce.rebuild(state.source(), state.snapshots(), dataDir, clock));
    boolean lost =
        recorded.isPresent() && !recorded.get().key().equals(inForce.key()) && previous.isEmpty();
    InForce first = previous.orElse(inForce);
    ScreeningLists lists =
        first
            .prebuiltIndex()
            .map(index -> ScreeningLists.of(first.lists(), index))
            .orElseGet(() -> ScreeningLists.of(first.lists()));
    ListsService service =
        new ListsService(db, lists, first, listsDir, dataDir, options, clock, auditor, version);
    synchronized (service.lock) {
      List<StoredParty> stored = service.storedParties();
      service.baseline =
          Baseline.screen(StoredNames.of(stored), lists.index(), TEMPLATE, Baseline.DEFAULT_BAND);
      service.covered = names(stored);
      if (previous.isPresent()) {
        LOG.info(
            "The lists in force changed while the server was stopped; re-screening the stored parties");
        service.reloadLocked("server", ACTOR_ROLE, "startup");
      } else if (lost) {
        LOG.info(
            "The lists in force changed while the server was stopped and the earlier ones cannot be rebuilt; "
                + "comparing the stored parties' last hits with a full screening");
        service.catchUp(recorded.get());
      }
      if (recorded.isEmpty() || !recorded.get().key().equals(service.current.key())) {
        db.useTransaction(h -> service.saveState(h));
      }
    }
    LOG.info("Lists in force from {}: {}", service.current.source(), service.current.key());
    return service;
  }

  /**
   * Records the hit changes between each stored party's last hits (as stored) and the baseline just
   * screened on the lists in force, when the earlier lists cannot be rebuilt: a full comparison,
   * reasons {@code found-at-start} and {@code lost-at-start}, no diff counts.
   */
  private void catchUp(ListsState recorded) {
    InForce was = InForce.recorded(recorded.source(), recorded.key(), recorded.at());
    ScreeningIndex index = lists.index();
    List<HitChange> newHits = new ArrayList<>();
    List<HitChange> goneHits = new ArrayList<>();
    List<StoredPartyRecord> all = db.jdbi().withHandle(h -> parties.all(h));
    HitReasons reasons = HitReasons.fixed(HitReason.FOUND_AT_START, HitReason.LOST_AT_START);
    for (StoredPartyRecord record : all) {
      List<PreviousMatch> last =
          record.lastHits().stream()
              .map(hit -> new PreviousMatch(hit.partyId(), hit.score()))
              .toList();
      DeltaRescreener.compare(
          new StoredParty(record.id(), record.name()),
          last,
          baseline.entry(record.id()).hits(),
          index,
          TEMPLATE,
          reasons,
          newHits,
          goneHits);
    }
    record(
        "server",
        ACTOR_ROLE,
        "startup",
        was,
        current,
        new ListDiff(List.of(), List.of(), List.of(), 0),
        all.size(),
        all.size(),
        sorted(newHits),
        sorted(goneHits));
  }

  private void saveState(org.jdbi.v3.core.Handle h) {
    states.save(
        h,
        new ListsState(current.source(), current.key(), current.snapshotRefs(), clock.instant()));
  }

  public ScreeningLists lists() {
    return lists;
  }

  public InForce inForce() {
    return current;
  }

  public Path dataDir() {
    return dataDir;
  }

  public List<String> sourceIds() {
    return sources.ids();
  }

  /**
   * Fetches the wanted sources (all when empty) into the snapshot store under its write lock (a 409
   * when a cron {@code interdict lists update} holds it), then reloads the lists in force.
   */
  public Outcome update(String actor, String role, List<String> sourceIds) {
    List<OfficialSource> wanted = new ArrayList<>();
    for (String id : sourceIds) {
      wanted.add(
          sources.byId(id)); // an unknown id: InvalidValueException, answered 400 invalid-parameter
    }
    if (wanted.isEmpty()) {
      wanted.addAll(sources.all());
    }
    synchronized (lock) {
      List<UpdateReport> reports = new ArrayList<>();
      SnapshotStore store = SnapshotStore.at(dataDir);
      StoreLock storeLock;
      try {
        storeLock = store.lock();
      } catch (SnapshotStoreException e) {
        throw new ConflictException(e.getMessage(), e);
      }
      try (storeLock;
          HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Settings.defaults(), userAgent)) {
        ListUpdater updater = new ListUpdater(store, Optional.of(fetcher), clock);
        for (OfficialSource source : wanted) {
          reports.add(updater.update(source));
        }
      }
      String detail =
          String.join(
              ", ",
              reports.stream().map(r -> r.sourceId() + "=" + r.attempt().result().id()).toList());
      db.useTransaction(
          h -> auditor.record(h, actor, role, "lists-fetched", "lists", "update", detail));
      Outcome reloaded = reloadLocked(actor, role, "update");
      return new Outcome(
          reports, reloaded.changed(), reloaded.inForce(), reloaded.run(), reloaded.diffSummary());
    }
  }

  /** Loads the lists in force again (after a cron {@code interdict lists update} or an import). */
  public Outcome reload(String actor, String role) {
    synchronized (lock) {
      return reloadLocked(actor, role, "reload");
    }
  }

  private Outcome reloadLocked(String actor, String role, String trigger) {
    InForce was = current;
    InForce next = InForce.load(listsDir, dataDir, clock);
    ListDiff diff = ListDiffer.diff(was.lists().parties(), next.lists().parties());
    if (diff.isEmpty() && next.key().equals(was.key())) {
      return new Outcome(List.of(), false, was, Optional.empty(), diff.summary());
    }
    ScreeningIndex before = lists.index();
    ScreeningIndex after =
        next.prebuiltIndex().orElseGet(() -> ScreeningIndex.build(next.lists().parties()));
    List<StoredParty> stored = storedParties();
    List<StoredParty> uncovered =
        stored.stream().filter(p -> !p.name().equals(covered.get(p.id()))).toList();
    Baseline previous = baseline.plus(uncovered, before);
    ListChange change = ListChange.of(diff);
    Optional<DeltaResult> delta =
        change.isEmpty()
            ? Optional.empty()
            : Optional.of(
                DeltaRescreener.rescreen(StoredNames.of(stored), previous, before, after, change));
    lists.replace(next.lists(), after);
    current = next;
    baseline = delta.map(DeltaResult::next).orElse(previous);
    covered = names(stored);
    RescreenRun run = record(actor, role, trigger, was, next, diff, stored.size(), delta);
    LOG.info(
        "Lists in force changed ({}): {}; {} stored parties, {} re-screened, {} new hits, {} gone",
        trigger,
        diff.summary(),
        stored.size(),
        run.rescreened(),
        run.newHits(),
        run.goneHits());
    return new Outcome(List.of(), true, next, Optional.of(run), diff.summary());
  }

  private RescreenRun record(
      String actor,
      String role,
      String trigger,
      InForce was,
      InForce next,
      ListDiff diff,
      int storedCount,
      Optional<DeltaResult> delta) {
    return record(
        actor,
        role,
        trigger,
        was,
        next,
        diff,
        storedCount,
        delta.map(DeltaResult::rescreened).orElse(0),
        delta.map(d -> sorted(d.newHits())).orElse(List.of()),
        delta.map(d -> sorted(d.goneHits())).orElse(List.of()));
  }

  private RescreenRun record(
      String actor,
      String role,
      String trigger,
      InForce was,
      InForce next,
      ListDiff diff,
      int storedCount,
      int rescreened,
      List<HitChange> newHits,
      List<HitChange> goneHits) {
    Instant at = clock.instant();
    String runId = Ids.next("r");
    List<RescreenHit> rows =
        new ArrayList<>(HitRows.of(runId, at, newHits, byId(was), byId(next), was, next));
    rows.addAll(HitRows.of(runId, at, goneHits, byId(was), byId(next), was, next));
    RescreenRun run =
        new RescreenRun(
            runId,
            at,
            actor,
            trigger,
            was.key(),
            next.key(),
            diff.added().size(),
            diff.changed().size(),
            diff.removed().size(),
            storedCount,
            rescreened,
            newHits.size(),
            goneHits.size(),
            webhook.isPresent() ? "pending" : "not-configured",
            0,
            "");
    Map<String, List<LastHit>> lastHits = lastHits(newHits, goneHits, next);
    db.useTransaction(
        h -> {
          rescreens.insert(h, run, rows);
          saveState(h);
          parties.updateLastHits(h, lastHits, at);
          auditor.record(
              h, actor, role, "lists-updated", "lists", runId, trigger + ": " + diff.summary());
          auditor.record(
              h,
              actor,
              role,
              "rescreen-completed",
              "rescreen-run",
              runId,
              "stored="
                  + storedCount
                  + " rescreened="
                  + run.rescreened()
                  + " new="
                  + run.newHits()
                  + " gone="
                  + run.goneHits());
        });
    webhook.ifPresent(hook -> deliveries.submit(() -> deliver(hook, run, rows)));
    return run;
  }

  /**
   * The baseline's current hits of every stored party whose hits changed, with the entry hashes now
   * in force.
   */
  private Map<String, List<LastHit>> lastHits(
      List<HitChange> newHits, List<HitChange> goneHits, InForce next) {
    Map<String, Party> now = byId(next);
    Map<String, List<LastHit>> result = new HashMap<>();
    for (List<HitChange> changes : List.of(newHits, goneHits)) {
      for (HitChange change : changes) {
        BaselineEntry entry = baseline.entry(change.stored().id());
        result.put(
            change.stored().id(),
            entry.hits().stream()
                .filter(hit -> now.containsKey(hit.partyId()))
                .map(
                    hit ->
                        new LastHit(
                            hit.partyId(), EntryHash.of(now.get(hit.partyId())), hit.score()))
                .toList());
      }
    }
    return result;
  }

  private void deliver(Webhook hook, RescreenRun run, List<RescreenHit> rows) {
    byte[] body = WebhookBody.of(run, rows).getBytes(StandardCharsets.UTF_8);
    Webhook.Outcome outcome;
    try {
      outcome = hook.deliver("rescreen-completed", run.id(), body);
    } catch (RuntimeException e) {
      outcome = new Webhook.Outcome("failed", 0, "delivery could not start: " + e);
    }
    Webhook.Outcome result = outcome;
    try {
      db.useTransaction(
          h -> {
            rescreens.updateWebhook(
                h, run.id(), result.status(), result.attempts(), result.detail());
            auditor.record(
                h,
                "webhook",
                ACTOR_ROLE,
                "webhook-" + result.status(),
                "rescreen-run",
                run.id(),
                "attempts=" + result.attempts() + " " + result.detail());
          });
    } catch (RuntimeException e) {
      LOG.warn(
          "Cannot record the webhook outcome of run {}: {}; leaving it pending",
          run.id(),
          e.getMessage());
    }
  }

  private static List<HitChange> sorted(List<HitChange> changes) {
    return changes.stream().sorted(DeltaRescreener.order()).toList();
  }

  private static Map<String, Party> byId(InForce inForce) {
    Map<String, Party> map = new HashMap<>();
    inForce.lists().parties().forEach(party -> map.put(party.id(), party));
    return map;
  }

  private List<StoredParty> storedParties() {
    return db.jdbi().withHandle(h -> parties.all(h)).stream()
        .map((StoredPartyRecord p) -> new StoredParty(p.id(), p.name()))
        .toList();
  }

  private static Map<String, String> names(List<StoredParty> stored) {
    Map<String, String> names = new HashMap<>();
    stored.forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  /** Waits a little for webhook deliveries in progress, then stops. */
  @Override
  public void close() {
    deliveries.shutdown();
    try {
      if (!deliveries.awaitTermination(5, TimeUnit.SECONDS)) {
        deliveries.shutdownNow();
      }
    } catch (InterruptedException e) {
      deliveries.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
