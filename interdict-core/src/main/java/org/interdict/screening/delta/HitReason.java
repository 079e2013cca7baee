package org.interdict.screening.delta;

import java.util.Locale;

/**
 * Why a re-screen hit came or went: the vocabulary of {@link HitChange#reason()}, written as {@link
 * #id()} in the CLI's and the server's outputs (JSON, CSV, webhook) and stored with each re-screen
 * hit. Ids never change.
 */
public enum HitReason {
  /** The listed entry is new in the update. */
  ENTRY_ADDED,
  /** The listed entry changed in the update (or was replaced by one with a new id). */
  ENTRY_CHANGED,
  /** The listed entry was removed by the update. */
  ENTRY_REMOVED,
  /** The entry did not change but the score crossed the threshold (index statistics moved). */
  SCORE_MOVED,
  /** Found when the server started on lists it could not compare with the earlier ones. */
  FOUND_AT_START,
  /** Lost when the server started on lists it could not compare with the earlier ones. */
  LOST_AT_START;

  /** The kebab-case id, e.g. {@code entry-added}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
