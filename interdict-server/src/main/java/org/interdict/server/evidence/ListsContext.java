package org.interdict.server.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.screening.ScreeningIndex;
import org.interdict.server.http.Timestamps;
import org.interdict.server.lists.InForce;

/**
 * What a screening runs against, as JSON-ready maps: the scorer id, the index and engine versions,
 * where the lists come from, each list with its date, entry count, version and entries digest
 * (SHA-256 over the sorted entry hashes of its parties, so two loads with equal entries have equal
 * digests), and each snapshot with its manifest's file digests. The last answer is kept until the
 * lists in force or the index change (screenings reuse it). Thread-safe.
 */
public final class ListsContext {
  private record Cached(InForce inForce, ScreeningIndex index, Map<String, Object> context) {}

  private volatile Cached cached;

  /** The context of a screening on {@code index} with {@code inForce}. */
  public Map<String, Object> of(InForce inForce, ScreeningIndex index) {
    Cached last = cached;
    if (last != null && last.inForce() == inForce && last.index() == index) {
      return last.context();
    }
    Map<String, Object> context = build(inForce, index);
    cached = new Cached(inForce, index, context);
    return context;
  }

  private static Map<String, Object> build(InForce inForce, ScreeningIndex index) {
    Map<String, List<String>> hashes = new java.util.HashMap<>();
    inForce
        .lists()
        .parties()
        .forEach(
            p ->
                hashes
                    .computeIfAbsent(p.source().listId(), k -> new ArrayList<>())
                    .add(org.interdict.screening.EntryHash.of(p)));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("scorer", org.interdict.screening.ScreeningQuery.DEFAULT_SCORER);
    context.put("indexVersion", index.version());
    context.put("engineVersion", ScreeningIndex.engineVersion());
    context.put("listsSource", inForce.source());
    List<Map<String, Object>> lists = new ArrayList<>();
    inForce
        .lists()
        .lists()
        .forEach(
            info -> {
              Map<String, Object> list = new LinkedHashMap<>();
              list.put("listId", info.listId());
              list.put("title", info.title());
              list.put("listDate", info.listDate().map(Object::toString).orElse(null));
              list.put("entryCount", info.entryCount());
              list.put("version", inForce.version(info.listId()));
              list.put("entriesSha256", digest(hashes.getOrDefault(info.listId(), List.of())));
              lists.add(list);
            });
    context.put("lists", lists);
    List<Map<String, Object>> snapshots = new ArrayList<>();
    for (Snapshot snapshot : inForce.snapshots()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("sourceId", snapshot.manifest().sourceId());
      s.put("snapshotId", snapshot.manifest().snapshotId());
      s.put("fetchedAt", Timestamps.format(snapshot.manifest().fetchedAt()));
      s.put("entryCount", snapshot.manifest().entryCount());
      s.put(
          "files",
          snapshot.manifest().files().stream()
              .map(f -> Map.of("name", f.name(), "sha256", f.sha256(), "size", f.size()))
              .toList());
      snapshots.add(s);
    }
    context.put("snapshots", snapshots);
    return java.util.Collections.unmodifiableMap(context);
  }

  private static String digest(List<String> entryHashes) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      entryHashes.stream()
          .sorted()
          .forEach(h -> sha.update((h + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
