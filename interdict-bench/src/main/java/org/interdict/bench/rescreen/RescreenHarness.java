package org.interdict.bench.rescreen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.interdict.bench.BenchLists;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListLoader;
import org.interdict.lists.ListSource;
import org.interdict.lists.LoadedLists;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.delta.Baseline;
import org.interdict.screening.delta.DeltaRescreener;
import org.interdict.screening.delta.DeltaResult;
import org.interdict.screening.delta.HitChange;
import org.interdict.screening.delta.ListChange;
import org.interdict.screening.delta.StoredNames;
import org.interdict.screening.delta.StoredParty;

/**
 * Delta re-screen against a full re-screen, after the real SDN change 2024-04-26 to 2024-05-03
 * (plus the bundled curated list on both sides): generates PARTIES stored parties (default
 * 1,000,000), screens them against the old lists (the baseline), then times the delta re-screen and
 * a full re-screen of every party against the new lists, checks that both report the same new and
 * gone hits, and prints times, the ratio and heap. Usage: {@code RescreenHarness [PARTIES] [NEAR]};
 * lists from {@code -Dinterdict.lists.dir} or {@code ../shared/data/lists}.
 */
public final class RescreenHarness {
  private static final long SEED = 20240503L;

  private RescreenHarness() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int near = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Path lists =
        BenchLists.locate(Optional.ofNullable(System.getProperty("interdict.lists.dir")))
            .orElseThrow(
                () -> new IllegalStateException("no lists directory: set -Dinterdict.lists.dir"));
    LoadedLists before = sdn(lists, "2024-04-26");
    LoadedLists after = sdn(lists, "2024-05-03");
    ScreeningIndex beforeIndex = ScreeningIndex.build(before.parties());
    ScreeningIndex afterIndex = ScreeningIndex.build(after.parties());
    ListChange change = ListChange.between(before.parties(), after.parties());
    List<Party> nearTo = new ArrayList<>(change.added());
    nearTo.addAll(before.parties().subList(0, 2000));
    long start = System.nanoTime();
    List<StoredParty> stored = StoredPartyGenerator.generate(count, nearTo, near, SEED);
    print(
        "generated %,d stored parties (%,d near added or listed names) in %.1f s",
        stored.size(), near, seconds(start));

    start = System.nanoTime();
    StoredNames names = StoredNames.of(stored);
    print("stored-name index built in %.1f s", seconds(start));
    ScreeningQuery template = ScreeningQuery.of("");
    start = System.nanoTime();
    Baseline baseline = Baseline.screen(names, beforeIndex, template, Baseline.DEFAULT_BAND);
    print(
        "baseline (full screen against the old lists, watch band %.2f) in %.1f s; %,d entries",
        Baseline.DEFAULT_BAND, seconds(start), baseline.entries().size());
    long heapLoaded = usedHeapAfterGc();

    start = System.nanoTime();
    DeltaResult delta = DeltaRescreener.rescreen(names, baseline, beforeIndex, afterIndex, change);
    double deltaSeconds = seconds(start);
    print(
        "change: %d added, %d changed, %d removed",
        change.added().size(), change.changed().size(), change.removedIds().size());
    print(
        "DELTA re-screen: %.2f s; re-screened %,d of %,d (%,d reached, %,d watched); %d new hits, %d gone",
        deltaSeconds,
        delta.rescreened(),
        delta.storedParties(),
        delta.reached(),
        delta.watched(),
        delta.newHits().size(),
        delta.goneHits().size());
    long heapDelta = usedHeapAfterGc();

    start = System.nanoTime();
    Set<String> fullNew = ConcurrentHashMap.newKeySet();
    Set<String> fullGone = ConcurrentHashMap.newKeySet();
    IntStream.range(0, stored.size())
        .parallel()
        .forEach(
            i -> {
              StoredParty party = stored.get(i);
              Set<String> now = new HashSet<>();
              afterIndex
                  .screen(template.withName(party.name()))
                  .matches()
                  .forEach(m -> now.add(m.party().id()));
              Set<String> was = new HashSet<>();
              baseline.entry(party.id()).hits().forEach(h -> was.add(h.partyId()));
              now.stream()
                  .filter(id -> !was.contains(id))
                  .forEach(id -> fullNew.add(party.id() + ">" + id));
              was.stream()
                  .filter(id -> !now.contains(id))
                  .forEach(id -> fullGone.add(party.id() + ">" + id));
            });
    double fullSeconds = seconds(start);
    print(
        "FULL re-screen of all %,d: %.2f s (%,.0f names/s); %d new hits, %d gone",
        stored.size(), fullSeconds, stored.size() / fullSeconds, fullNew.size(), fullGone.size());
    boolean same = fullNew.equals(keys(delta.newHits())) && fullGone.equals(keys(delta.goneHits()));
    print("delta equals full: %s; speed-up full/delta = %.1fx", same, fullSeconds / deltaSeconds);
    print(
        "heap used after GC: %.0f MB with lists, indexes, stored names and baseline; %.0f MB after the delta",
        heapLoaded / 1e6, heapDelta / 1e6);
    print(
        "machine: %d cores, max heap %.0f MB, Java %s",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1e6,
        System.getProperty("java.version"));
    if (!same) {
      System.exit(1);
    }
  }

  private static LoadedLists sdn(Path lists, String date) {
    Path file = lists.resolve("us_ofac_sdn").resolve(date).resolve("sdn.csv");
    return ListLoader.bundled()
        .plus(
            ListLoader.load(
                new ListFileSet(
                    ListSource.fromId("us-ofac-sdn"),
                    file,
                    Optional.of(LocalDate.parse(date)),
                    false)));
  }

  private static Set<String> keys(List<HitChange> hits) {
    Set<String> keys = new HashSet<>();
    hits.forEach(hit -> keys.add(hit.stored().id() + ">" + hit.partyId()));
    return keys;
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
