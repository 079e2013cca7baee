package org.interdict.screening.delta;

import java.util.Objects;

/**
 * Why a hit came or went ({@link HitReason}, whose id a {@link HitChange} carries): after a list
 * change, from what the change did to the listed entry ({@link #of(ListChange)}); when the earlier
 * lists are gone, one fixed reason each way ({@link #fixed}). Implementations are immutable and
 * thread-safe.
 */
public interface HitReasons {
  /** The reason a hit on {@code partyId} appeared. */
  HitReason found(String partyId);

  /** The reason a hit on {@code partyId} disappeared. */
  HitReason lost(String partyId);

  /**
   * Reasons from the list change: the entry was added, changed or removed, else its score moved.
   */
  static HitReasons of(ListChange change) {
    Objects.requireNonNull(change, "change");
    return new HitReasons() {
      @Override
      public HitReason found(String partyId) {
        if (!change.currentIds().contains(partyId)) {
          return HitReason.SCORE_MOVED;
        }
        return change.changed().stream().anyMatch(c -> c.id().equals(partyId))
            ? HitReason.ENTRY_CHANGED
            : HitReason.ENTRY_ADDED;
      }

      @Override
      public HitReason lost(String partyId) {
        return change.removedIds().contains(partyId)
            ? HitReason.ENTRY_REMOVED
            : change.retiredIds().contains(partyId)
                ? HitReason.ENTRY_CHANGED
                : HitReason.SCORE_MOVED;
      }
    };
  }

  /** The same reason for every hit found and every hit lost. */
  static HitReasons fixed(HitReason found, HitReason lost) {
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(lost, "lost");
    return new HitReasons() {
      @Override
      public HitReason found(String partyId) {
        return found;
      }

      @Override
      public HitReason lost(String partyId) {
        return lost;
      }
    };
  }
}
