package org.interdict.store.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of walking the audit chain: how much was checked, the first broken link (where and
 * what), and notes (events not yet chained, the key used). Intact when there is no break.
 */
public record ChainReport(
    long events,
    long checkpoints,
    long tombstones,
    long lastSeq,
    Optional<Break> firstBreak,
    List<String> notes) {
  public ChainReport {
    Objects.requireNonNull(firstBreak, "firstBreak");
    notes = List.copyOf(notes);
  }

  /**
   * A broken link: the position, the row ({@code audit_events id}, checkpoint or tombstone) and the
   * problem.
   */
  public record Break(long seq, String place, String problem) {
    public Break {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
      return "seq " + seq + ", " + place + ": " + problem;
    }
  }

  public boolean intact() {
    return firstBreak.isEmpty();
  }
}
