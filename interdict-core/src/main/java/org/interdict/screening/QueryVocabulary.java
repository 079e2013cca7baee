package org.interdict.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.text.VariantKey;

/**
 * Retrieval turned around: a vocabulary of query tokens (for example every token of an
 * organization's stored party names) that answers, for one list token, which query tokens could
 * pair with it in {@link ScreeningIndex}'s candidate retrieval. It applies only conditions the
 * index itself requires (a shared trigram of the variant keys, Dice at least the smallest threshold
 * the index uses, the index's length check, token similarity at least the pairing minimum; single
 * letters pair only with themselves), so it may report pairs the index would skip but never misses
 * one. Immutable; {@link #reachedBy} is not thread-safe (it reuses a scratch array).
 */
public final class QueryVocabulary {
  private static final double LOWEST_DICE = 0.2;
  private final String[] tokens;
  private final String[] keys;
  private final int[] gramCounts;
  private final Map<Long, int[]> gramIndex;
  private final Map<String, Integer> ids;
  private final int[] hits;

  private QueryVocabulary(List<String> distinct) {
    int n = distinct.size();
    tokens = distinct.toArray(new String[0]);
    keys = new String[n];
    gramCounts = new int[n];
    ids = new HashMap<>(n * 2);
    Map<Long, IntList> grams = new HashMap<>();
    for (int i = 0; i < n; i++) {
      keys[i] = VariantKey.of(tokens[i]);
      ids.put(tokens[i], i);
      long[] tokenGrams = Grams.of(keys[i]);
      gramCounts[i] = tokenGrams.length;
      if (tokens[i].length() > 1) {
        for (long gram : tokenGrams) {
          grams.computeIfAbsent(gram, g -> new IntList(4)).add(i);
        }
      }
    }
    gramIndex = new HashMap<>(grams.size() * 2);
    grams.forEach((gram, list) -> gramIndex.put(gram, list.toArray()));
    hits = new int[n];
  }

  /** A vocabulary over distinct tokens; a token's id is its position in {@code distinctTokens}. */
  public static QueryVocabulary of(List<String> distinctTokens) {
    return new QueryVocabulary(distinctTokens);
  }

  /** The id of a token, or -1 when the vocabulary lacks it. */
  public int id(String token) {
    Integer id = ids.get(token);
    return id == null ? -1 : id;
  }

  public int size() {
    return tokens.length;
  }

  /** Receives a query token id and its similarity with the list token. */
  @FunctionalInterface
  public interface Found {
    void accept(int queryToken, double similarity);
  }

  /**
   * Calls {@code found} with the id of every query token that may pair with {@code listToken}
   * during retrieval, and the similarity the index would give the pair.
   */
  public void reachedBy(String listToken, Found found) {
    Integer same = ids.get(listToken);
    if (same != null) {
      found.accept(same, 1.0);
    }
    if (listToken.length() == 1) {
      return;
    }
    String listKey = VariantKey.of(listToken);
    long[] listGrams = Grams.of(listKey);
    IntList touched = new IntList(64);
    for (long gram : listGrams) {
      int[] posting = gramIndex.get(gram);
      if (posting == null) {
        continue;
      }
      for (int q : posting) {
        if (hits[q]++ == 0) {
          touched.add(q);
        }
      }
    }
    for (int i = 0; i < touched.size(); i++) {
      int q = touched.get(i);
      double dice = 2.0 * hits[q] / (gramCounts[q] + listGrams.length);
      hits[q] = 0;
      if (same != null && q == same) {
        continue;
      }
      int lengthGap = Math.abs(keys[q].length() - listKey.length());
      if (dice >= LOWEST_DICE && lengthGap <= Math.max(2, keys[q].length() / 2)) {
        double sim = TokenSimilarity.of(tokens[q], keys[q], listToken, listKey);
        if (sim >= CandidateFinder.MIN_PAIR) {
          found.accept(q, sim);
        }
      }
    }
  }
}
