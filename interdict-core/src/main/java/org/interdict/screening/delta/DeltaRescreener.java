package org.interdict.screening.delta;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.interdict.screening.CandidateBound;
import org.interdict.screening.IndexDrift;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-screens stored parties after a list update, only those whose result can change, and reports
 * the hits that appeared and disappeared. The result equals a full re-screen compared with the
 * baseline (docs/screening.md, "Delta re-screening", states the argument): a party is re-screened
 * when
 *
 * <ol>
 *   <li>it may retrieve (vote floor and score bound at the bottom of the watch band, see {@link
 *       CandidateBound}) a name of an added, changed or removed entry, or any list name carrying a
 *       token whose weight moved by more than the step's tolerance; or
 *   <li>its baseline has a match within the watch band (a score that weight drift can carry across
 *       the minimum), a match on a removed or changed entry, a capped retrieval, or a full limit.
 * </ol>
 *
 * Every other party's hits are carried forward. Stateless; runs the re-screen on the common
 * fork-join pool.
 */
public final class DeltaRescreener {
  private static final Logger LOG = LoggerFactory.getLogger(DeltaRescreener.class);

  /**
   * Share of the band's drift budget one step may use, so several weekly steps fit before a full
   * refresh.
   */
  private static final double STEP_SHARE = 0.5;

  private DeltaRescreener() {}

  public static DeltaResult rescreen(
      StoredNames stored,
      Baseline baseline,
      ScreeningIndex before,
      ScreeningIndex after,
      ListChange change) {
    ScreeningQuery template = baseline.template();
    double min = template.minScore();
    // a score ratio of min / (min - band) carries a score across the whole band; keep a tenth of it
    // as float margin
    double budget = Math.log(1 + 0.9 * (min / (min - baseline.band()) - 1));
    double remaining = budget - baseline.driftSpent();
    List<StoredParty> parties = stored.parties();
    BitSet affected = new BitSet(parties.size());
    int reachedCount;
    int seedCount;
    double tolerance;
    double spent;
    if (remaining <= budget * 0.05) {
      LOG.info(
          "Drift budget of the baseline is spent; re-screening all {} stored parties",
          parties.size());
      affected.set(0, parties.size());
      reachedCount = parties.size();
      seedCount = 0;
      tolerance = 0;
      spent = 0;
    } else {
      double stepLog = Math.min(remaining, budget * STEP_SHARE);
      tolerance = Math.exp(stepLog / 2) - 1;
      long started = System.nanoTime();
      IndexDrift drift = IndexDrift.between(before, after);
      CandidateBound boundBefore = CandidateBound.of(before, template.scorer());
      CandidateBound boundAfter = CandidateBound.of(after, template.scorer());
      Set<String> moved = drift.tokensBeyond(tolerance);
      boolean scoreBounded = !CandidateBound.retrievesCompound(template.scorer());
      ListSeeds plain = new ListSeeds(scoreBounded);
      ListSeeds withInitials = new ListSeeds(scoreBounded);
      List<int[]> afterNames =
          List.of(
              boundAfter.namesOfParties(change.currentIds()), boundAfter.namesWithTokens(moved));
      List<int[]> beforeNames =
          List.of(
              boundBefore.namesOfParties(change.retiredIds()), boundBefore.namesWithTokens(moved));
      for (int[] names : afterNames) {
        plain.add(boundAfter, boundAfter.withInitials(names, false));
        withInitials.add(boundAfter, boundAfter.withInitials(names, true));
      }
      for (int[] names : beforeNames) {
        plain.add(boundBefore, boundBefore.withInitials(names, false));
        withInitials.add(boundBefore, boundBefore.withInitials(names, true));
      }
      seedCount = plain.size() + withInitials.size();
      long seeded = System.nanoTime();
      StoredNames.Reach reach = stored.reachedBy(plain.tokens());
      StoredNames.Reach reachInitials = stored.reachedBy(withInitials.tokens());
      ListSeeds.Prefilter prefilter = plain.prefilter(stored, reach);
      long reachedAt = System.nanoTime();
      // the bottom of the watch band: a seed scoring below it in its index is neither a hit nor
      // watched
      double bar = Math.max(0.0, min - baseline.band());
      BitSet candidates = (BitSet) reach.parties().clone();
      candidates.or(reachInitials.parties());
      BitSet initialCandidates = reachInitials.parties();
      int[] reachedParties =
          IntStream.range(0, parties.size())
              .parallel()
              .filter(candidates::get)
              .filter(
                  p ->
                      stored.abjad(p)
                          || (initialCandidates.get(p)
                              && withInitials.mayReachAny(stored, reachInitials, p, bar))
                          || (plain.mayPass(prefilter, stored, p, bar)
                              && plain.mayReachAny(stored, reach, p, bar)))
              .toArray();
      for (int p : reachedParties) {
        affected.set(p);
      }
      // entity-v2 also retrieves through joined, split, abbreviated and number-rewritten tokens,
      // which no token reach bounds: such parties are screened again (ADR 016)
      if (CandidateBound.retrievesCompound(template.scorer())) {
        Set<String> seedTokens = new HashSet<>(plain.tokens());
        seedTokens.addAll(withInitials.tokens());
        Set<String> seedInitials = new HashSet<>();
        for (int[] names : afterNames) {
          seedInitials.addAll(boundAfter.initialsOf(names));
        }
        for (int[] names : beforeNames) {
          seedInitials.addAll(boundBefore.initialsOf(names));
        }
        int[] compound =
            IntStream.range(0, parties.size())
                .parallel()
                .filter(
                    p ->
                        !affected.get(p)
                            && compoundReach(
                                stored, p, boundBefore, boundAfter, seedTokens, seedInitials))
                .toArray();
        for (int p : compound) {
          affected.set(p);
        }
        reachedParties =
            java.util.Arrays.copyOf(reachedParties, reachedParties.length + compound.length);
      }
      reachedCount = reachedParties.length;
      LOG.debug(
          "Delta phases: seeds {} ms ({} names), token reach {} ms ({} parties), bounds {} ms",
          (seeded - started) / 1_000_000,
          seedCount,
          (reachedAt - seeded) / 1_000_000,
          candidates.cardinality(),
          (System.nanoTime() - reachedAt) / 1_000_000);
      spent = baseline.driftSpent() + 2 * drift.largestLogRatioWithin(tolerance);
      double upper = min * Math.exp(baseline.driftSpent() + stepLog) + 1e-4;
      Set<String> retired = change.retiredIds();
      for (int p = 0; p < parties.size(); p++) {
        if (!affected.get(p) && watched(baseline.entry(parties.get(p).id()), upper, retired)) {
          affected.set(p);
        }
      }
    }
    int watchedCount = affected.cardinality() - reachedCount;
    Map<String, BaselineEntry> fresh =
        Baseline.screen(parties, affected, after, template, baseline.band());
    List<HitChange> newHits = new ArrayList<>();
    List<HitChange> goneHits = new ArrayList<>();
    List<StoredParty> rescreened = new ArrayList<>(affected.cardinality());
    for (int p = affected.nextSetBit(0); p >= 0; p = affected.nextSetBit(p + 1)) {
      StoredParty party = parties.get(p);
      rescreened.add(party);
      compare(
          party,
          baseline.entry(party.id()),
          fresh.getOrDefault(party.id(), BaselineEntry.EMPTY),
          change,
          after,
          template,
          newHits,
          goneHits);
    }
    LOG.info(
        "Delta re-screen: {} of {} stored parties re-screened ({} reached, {} watched); {} new hits, {} gone",
        rescreened.size(),
        parties.size(),
        reachedCount,
        watchedCount,
        newHits.size(),
        goneHits.size());
    return new DeltaResult(
        parties.size(),
        rescreened.size(),
        reachedCount,
        watchedCount,
        seedCount,
        tolerance,
        newHits,
        goneHits,
        baseline.updated(rescreened, fresh, spent));
  }

  private static boolean compoundReach(
      StoredNames stored,
      int party,
      CandidateBound before,
      CandidateBound after,
      Set<String> seedTokens,
      Set<String> seedInitials) {
    List<String> tokens = stored.tokens(party);
    String name = stored.parties().get(party).name();
    return before.mayRetrieveCompound(tokens, name, seedTokens, seedInitials)
        || after.mayRetrieveCompound(tokens, name, seedTokens, seedInitials);
  }

  private static boolean watched(BaselineEntry entry, double upper, Set<String> retired) {
    if (entry.crowded() || entry.saturated()) {
      return true;
    }
    for (PreviousMatch match : entry.watch()) {
      if (match.score() < upper || retired.contains(match.partyId())) {
        return true;
      }
    }
    return entry.hits().stream().anyMatch(hit -> retired.contains(hit.partyId()));
  }

  private static void compare(
      StoredParty party,
      BaselineEntry previous,
      BaselineEntry now,
      ListChange change,
      ScreeningIndex after,
      ScreeningQuery template,
      List<HitChange> newHits,
      List<HitChange> goneHits) {
    compare(
        party,
        previous.hits(),
        now.hits(),
        after,
        template,
        HitReasons.of(change),
        newHits,
        goneHits);
  }

  /**
   * Appends the hit changes of one stored party between its hits {@code before} and {@code now} to
   * {@code newHits} and {@code goneHits}, each with its reason from {@code reasons}. A new hit
   * carries its match explained against {@code after} (the party's name is screened once, only when
   * it has a new hit). The one comparison of hits: the delta re-screen and the server's catch-up at
   * start (when the earlier lists cannot be rebuilt) both use it.
   */
  public static void compare(
      StoredParty party,
      List<PreviousMatch> before,
      List<PreviousMatch> now,
      ScreeningIndex after,
      ScreeningQuery template,
      HitReasons reasons,
      List<HitChange> newHits,
      List<HitChange> goneHits) {
    Set<String> earlier = ids(before);
    Set<String> current = ids(now);
    List<Match> matches = null;
    for (PreviousMatch hit : now) {
      if (!earlier.contains(hit.partyId())) {
        if (matches == null) {
          matches = after.screen(template.withName(party.name())).matches();
        }
        Optional<Match> match =
            matches.stream().filter(m -> m.party().id().equals(hit.partyId())).findFirst();
        newHits.add(
            new HitChange(
                party,
                HitChange.Kind.NEW,
                hit.partyId(),
                hit.score(),
                match,
                reasons.found(hit.partyId()).id()));
      }
    }
    for (PreviousMatch hit : before) {
      if (!current.contains(hit.partyId())) {
        goneHits.add(
            new HitChange(
                party,
                HitChange.Kind.GONE,
                hit.partyId(),
                hit.score(),
                Optional.empty(),
                reasons.lost(hit.partyId()).id()));
      }
    }
  }

  private static Set<String> ids(List<PreviousMatch> matches) {
    Set<String> ids = new HashSet<>();
    matches.forEach(m -> ids.add(m.partyId()));
    return ids;
  }

  /** New then gone hits ordered by stored party id and listed party id, for stable output. */
  public static Comparator<HitChange> order() {
    return Comparator.comparing((HitChange h) -> h.stored().id()).thenComparing(HitChange::partyId);
  }
}
