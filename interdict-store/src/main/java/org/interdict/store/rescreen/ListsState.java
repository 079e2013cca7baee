package org.interdict.store.rescreen;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The lists in force the stored parties were last re-screened against: where they came from ({@code
 * lists-dir}, {@code snapshot-store}, {@code bundled}), their key (list ids and versions) and the
 * snapshots used, as {@code <source-id>/<snapshot-id>}.
 */
public record ListsState(String source, String key, List<String> snapshots, Instant at) {
  public ListsState {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(key, "key");
    snapshots = List.copyOf(snapshots);
    Objects.requireNonNull(at, "at");
  }
}
