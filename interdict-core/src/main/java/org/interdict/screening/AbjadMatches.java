package org.interdict.screening;

import org.interdict.text.ConsonantKey;

/**
 * Extra similar tokens for query tokens romanized from an abjad (Arabic, Hebrew, Syriac): the
 * vocabulary tokens sharing their consonant skeleton, found through the index's consonant map.
 */
final class AbjadMatches {
  private AbjadMatches() {}

  /** Appended to cache keys, since the same token finds more when it comes from an abjad. */
  static final String CACHE_MARK = "\u0001abjad";

  /**
   * Adds the vocabulary tokens with the same consonant skeleton as a query token romanized from an
   * abjad, at {@link TokenSimilarity#CONSONANTS}; a one-consonant skeleton ({@code ly}) only pairs
   * with short words.
   */
  static void add(IndexData data, String token, String key, int q, int[][] ids, float[][] values) {
    String consonants = ConsonantKey.of(key);
    java.util.TreeMap<Integer, Float> merged = new java.util.TreeMap<>();
    for (int i = 0; i < ids[q].length; i++) {
      merged.put(ids[q][i], values[q][i]);
    }
    mergeConsonants(data, token, consonants, merged);
    if (consonants.length() >= 3 && consonants.charAt(0) == 'l' && token.startsWith("al")) {
      // the Arabic article is written joined to the word it qualifies: البغدادي -> albghdady ~
      // baghdadi
      mergeConsonants(data, token.substring(2), consonants.substring(1), merged);
    }
    ids[q] = merged.keySet().stream().mapToInt(Integer::intValue).toArray();
    values[q] = new float[ids[q].length];
    int i = 0;
    for (float value : merged.values()) {
      values[q][i++] = value;
    }
  }

  private static void mergeConsonants(
      IndexData data, String token, String consonants, java.util.Map<Integer, Float> merged) {
    int[] matches = consonants.isEmpty() ? null : data.consonantIndex.get(consonants);
    if (matches == null || (consonants.length() < 2 && token.length() > 3)) {
      return;
    }
    for (int t : matches) {
      int lengthGap = Math.abs(data.tokens[t].length() - token.length());
      if (consonants.length() < 2 && data.tokens[t].length() > 3) {
        continue;
      }
      // closer lengths first, so "ly" pairs with "ali" rather than "al"
      float sim = (float) (TokenSimilarity.CONSONANTS - 0.01 * Math.min(4, lengthGap));
      merged.merge(t, sim, Math::max);
    }
  }
}
