package org.interdict.screening.delta;

import java.util.Objects;

/**
 * Why a hit came or went, as the kebab-case reason a {@link HitChange} carries: after a list change, from what the
 * change did to the listed entry ({@link #of(ListChange)}); when the earlier lists are gone, one fixed reason each
 * way ({@link #fixed}). Implementations are immutable and thread-safe.
 */
public interface HitReasons {
  /** The reason a hit on {@code partyId} appeared. */
  String found(String partyId);

  /** The reason a hit on {@code partyId} disappeared. */
  String lost(String partyId);

  /** Reasons from the list change: the entry was added, changed or removed, else its score moved. */
  static HitReasons of(ListChange change) {
    Objects.requireNonNull(change, "change");
    return new HitReasons() {
      @Override
      public String found(String partyId) {
        return change.currentIds().contains(partyId)
            ? (change.changed().stream().anyMatch(c -> c.id().equals(partyId)) ? "entry-changed" : "entry-added")
            : "score-moved";
      }

      @Override
      public String lost(String partyId) {
        return change.removedIds().contains(partyId) ? "entry-removed"
            : change.retiredIds().contains(partyId) ? "entry-changed" : "score-moved";
      }
    };
  }

  /** The same reason for every hit found and every hit lost. */
  static HitReasons fixed(String found, String lost) {
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(lost, "lost");
    return new HitReasons() {
      @Override
      public String found(String partyId) {
        return found;
      }

      @Override
      public String lost(String partyId) {
        return lost;
      }
    };
  }
}
