package org.interdict.bench.quality;

import java.util.List;

/**
 * Something that screens one name and returns scored party ids, best first (our engine, or a
 * baseline).
 */
@FunctionalInterface
public interface Screener {
  /** A returned party id with its score. */
  record Hit(String partyId, double score) {}

  /** Every hit at or above {@code minScore}; at most one per party. */
  List<Hit> screen(String query, double minScore);
}
