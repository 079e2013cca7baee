package org.interdict.cli.screen;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.interdict.screening.ScreeningResult;

/**
 * Results of recently screened queries, so a query repeated in a batch is screened once while it is
 * remembered (screening is deterministic, so the output is the same either way). Two generations:
 * new results go to the newer one; when it holds its budget it becomes the older one and the
 * previous older one is dropped; a result found in the older generation moves to the newer one. So
 * the queries of the last one to two budgets are remembered, where emptying one map when full
 * forgot all of them at once. The budget counts each result plus each of its matches (a match and
 * its explanation are most of a result's memory). Thread-safe; a race at worst screens a query
 * again.
 */
final class RepeatCache {
  /** A generous estimate of the heap one unit (a result or a match) takes, for {@link #sized}. */
  static final long BYTES_PER_UNIT = 1024;

  private final long budget;
  private volatile Generation newer = new Generation();
  private volatile Generation older = new Generation();

  private record Generation(ConcurrentHashMap<String, ScreeningResult> results, AtomicLong units) {
    Generation() {
      this(new ConcurrentHashMap<>(), new AtomicLong());
    }
  }

  /**
   * A cache of {@code budget} units (results plus their matches) per generation; 0 turns it off.
   */
  RepeatCache(long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("budget must be >= 0, was " + budget);
    }
    this.budget = budget;
  }

  /**
   * A cache whose two generations together take at most about a quarter of {@code maxHeapBytes} (at
   * {@link #BYTES_PER_UNIT}), and no more than a million units each.
   */
  static RepeatCache sized(long maxHeapBytes) {
    return new RepeatCache(Math.min(1_000_000, Math.max(1_000, maxHeapBytes / 8 / BYTES_PER_UNIT)));
  }

  /** The remembered result of {@code key}, or null. */
  ScreeningResult get(String key) {
    ScreeningResult result = newer.results().get(key);
    if (result == null) {
      result = older.results().get(key);
      if (result != null) {
        put(key, result);
      }
    }
    return result;
  }

  /** Remembers the result of {@code key}. */
  void put(String key, ScreeningResult result) {
    if (budget == 0) {
      return;
    }
    Generation current = newer;
    if (current.results().putIfAbsent(key, result) == null
        && current.units().addAndGet(1 + result.matches().size()) >= budget) {
      synchronized (this) {
        if (newer == current) {
          older = current;
          newer = new Generation();
        }
      }
    }
  }
}
