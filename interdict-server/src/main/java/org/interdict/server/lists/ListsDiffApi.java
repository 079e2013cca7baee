package org.interdict.server.lists;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.diff.FieldChange;
import org.interdict.lists.diff.ListDiff;
import org.interdict.lists.diff.ListDiffer;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.model.Party;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;

/**
 * {@code GET /api/v1/lists/snapshots} (every stored snapshot, newest first per source) and {@code
 * GET /api/v1/lists/diff?source=&from=&to=} (what changed between two stored snapshots of one
 * source, by party id and field, as {@code interdict lists diff} prints it). The diff reads both
 * snapshots' files (checked against their manifest digests) on every call: it is a page an analyst
 * opens, not a hot path.
 */
final class ListsDiffApi {
  /** The most entries of each kind one answer lists; the counts are always complete. */
  static final int MAX_ENTRIES = 500;

  private final ListsService service;

  ListsDiffApi(ListsService service) {
    this.service = service;
  }

  void register(Routes routes) {
    routes
        .get("/api/v1/lists/snapshots", this::snapshots, Role.VIEWER)
        .get("/api/v1/lists/diff", this::diff, Role.VIEWER);
  }

  record StoredSnapshot(
      String sourceId, String snapshotId, String fetchedAt, int entryCount, boolean inForce) {}

  record Snapshots(List<StoredSnapshot> items) {}

  record EntryView(
      String id, String primaryName, String type, List<String> programs, List<String> countries) {}

  record FieldView(String field, List<String> before, List<String> after) {}

  record ChangeView(String id, String primaryName, List<FieldView> fields) {}

  record Counts(int added, int removed, int changed, int unchanged) {}

  record DiffView(
      String sourceId,
      String from,
      String to,
      Counts counts,
      String summary,
      boolean truncated,
      boolean complete,
      List<String> incompleteness,
      List<EntryView> added,
      List<EntryView> removed,
      List<ChangeView> changed) {}

  private void snapshots(Context ctx) {
    Params.of(ctx, Set.of());
    SnapshotStore store = SnapshotStore.at(service.dataDir());
    Set<String> inForce =
        service.inForce().snapshots().stream()
            .map(s -> s.sourceId() + "/" + s.id())
            .collect(java.util.stream.Collectors.toSet());
    List<StoredSnapshot> items = new ArrayList<>();
    for (String sourceId : store.sourceIds()) {
      List<Snapshot> stored = new ArrayList<>(store.list(sourceId).snapshots());
      java.util.Collections.reverse(stored);
      for (Snapshot s : stored) {
        items.add(
            new StoredSnapshot(
                sourceId,
                s.id(),
                Timestamps.format(s.fetchedAt()),
                s.manifest().entryCount(),
                inForce.contains(sourceId + "/" + s.id())));
      }
    }
    ctx.json(new Snapshots(items));
  }

  private void diff(Context ctx) {
    Params params = Params.of(ctx, Set.of("source", "from", "to"));
    String sourceId = required(params, "source");
    String from = required(params, "from");
    String to = required(params, "to");
    SnapshotStore store = SnapshotStore.at(service.dataDir());
    LoadedLists before = read(store, sourceId, from);
    LoadedLists after = read(store, sourceId, to);
    ListDiff diff = ListDiffer.diff(before.partiesOf(sourceId), after.partiesOf(sourceId));
    // a snapshot read with problems makes its missing rows look removed (or added): say so
    List<String> incompleteness = new ArrayList<>();
    before.describeIncompleteness().forEach(line -> incompleteness.add(from + ": " + line));
    after.describeIncompleteness().forEach(line -> incompleteness.add(to + ": " + line));
    boolean truncated =
        diff.added().size() > MAX_ENTRIES
            || diff.removed().size() > MAX_ENTRIES
            || diff.changed().size() > MAX_ENTRIES;
    ctx.json(
        new DiffView(
            sourceId,
            from,
            to,
            new Counts(
                diff.added().size(),
                diff.removed().size(),
                diff.changed().size(),
                diff.unchangedCount()),
            diff.summary(),
            truncated,
            incompleteness.isEmpty(),
            incompleteness,
            diff.added().stream().limit(MAX_ENTRIES).map(ListsDiffApi::entry).toList(),
            diff.removed().stream().limit(MAX_ENTRIES).map(ListsDiffApi::entry).toList(),
            diff.changed().stream()
                .limit(MAX_ENTRIES)
                .map(
                    c ->
                        new ChangeView(
                            c.id(),
                            c.after().primaryName(),
                            c.fields().stream().map(ListsDiffApi::field).toList()))
                .toList()));
  }

  private static String required(Params params, String name) {
    return params
        .text(name)
        .orElseThrow(
            () ->
                ApiProblem.invalidParameter(
                    "give source, from and to (snapshot ids, see /api/v1/lists/snapshots); '"
                        + name
                        + "' is missing"));
  }

  private static LoadedLists read(SnapshotStore store, String sourceId, String snapshotId) {
    if (!store.sourceIds().contains(sourceId)) {
      throw ApiProblem.notFound(
          "no snapshot of source '" + sourceId + "' is stored; sources: " + store.sourceIds());
    }
    Snapshot snapshot =
        store
            .find(sourceId, snapshotId)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "source '" + sourceId + "' has no stored snapshot '" + snapshotId + "'"));
    SnapshotStore.verify(snapshot);
    return ListLoader.fromDirectory(snapshot.folder());
  }

  private static EntryView entry(Party party) {
    return new EntryView(
        party.id(), party.primaryName(), party.type().id(), party.programs(), party.countries());
  }

  private static FieldView field(FieldChange change) {
    return new FieldView(change.field(), change.before(), change.after());
  }
}
