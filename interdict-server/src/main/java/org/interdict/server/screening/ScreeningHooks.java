package org.interdict.server.screening;

import java.util.List;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.jdbi.v3.core.Handle;

/**
 * What other features add to a screening: {@link #screened} runs inside the transaction that stores
 * a screening (the stored-parties feature keeps the name and its result), {@link #evidence} adds
 * JSON-ready evidence to every answer (the ownership flags of the screened name), computed with the
 * index the screening used.
 */
public interface ScreeningHooks {
  ScreeningHooks NONE =
      new ScreeningHooks() {
        @Override
        public void screened(
            Handle h,
            ScreeningQuery query,
            ScreeningIndex index,
            ScreeningResult result,
            List<String> entryHashes) {}

        @Override
        public List<?> evidence(String name, ScreeningIndex index) {
          return List.of();
        }
      };

  /**
   * Both hooks: {@code first}'s screened step then {@code second}'s; evidence from both, in that
   * order.
   */
  static ScreeningHooks both(ScreeningHooks first, ScreeningHooks second) {
    return new ScreeningHooks() {
      @Override
      public void screened(
          Handle h,
          ScreeningQuery query,
          ScreeningIndex index,
          ScreeningResult result,
          List<String> entryHashes) {
        first.screened(h, query, index, result, entryHashes);
        second.screened(h, query, index, result, entryHashes);
      }

      @Override
      public List<?> evidence(String name, ScreeningIndex index) {
        List<Object> all = new java.util.ArrayList<>(first.evidence(name, index));
        all.addAll(second.evidence(name, index));
        return all;
      }
    };
  }

  /**
   * A stored screening: the query, the index it ran on, its result, and the entry hashes of the
   * result's matches in order.
   */
  void screened(
      Handle h,
      ScreeningQuery query,
      ScreeningIndex index,
      ScreeningResult result,
      List<String> entryHashes);

  /** Evidence about {@code name} beyond its matches; empty when there is none. */
  List<?> evidence(String name, ScreeningIndex index);
}
