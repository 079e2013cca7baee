package org.interdict.screening;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per query token, the vocabulary tokens similar to it: names in a batch share most of
 * their tokens (given names, legal words), and finding similar tokens is the costliest part of a
 * query. Thread-safe; when full it is simply emptied, which keeps it bounded without bookkeeping on
 * the hot path. Capacity 0 disables it.
 */
final class SimilarTokenCache {
  /** The vocabulary ids similar to one token, ascending, with their similarities. */
  record Similar(int[] ids, float[] values) {}

  private final ConcurrentHashMap<String, Similar> entries = new ConcurrentHashMap<>();
  private final int capacity;

  SimilarTokenCache(int capacity) {
    this.capacity = capacity;
  }

  Similar get(String token) {
    return capacity == 0 ? null : entries.get(token);
  }

  void put(String token, Similar similar) {
    if (capacity == 0) {
      return;
    }
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(token, similar);
  }
}
