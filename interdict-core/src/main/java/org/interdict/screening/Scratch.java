package org.interdict.screening;

import java.util.Arrays;

/**
 * Per-thread working arrays of one index, reset after each query so no query allocates index-sized
 * arrays.
 */
final class Scratch {
  final int[] gramHits;
  final IntList touchedTokens = new IntList(256);
  final float[] accumulated;
  final int[] lastQueryToken;
  final IntList touchedNames = new IntList(1024);
  // bit q set: query token q voted for the name (the first 64 tokens)
  final long[] votedTokens;
  // bit q set: vocabulary token is one of query token q's person-rule tokens (entity-v2, the first
  // 64 query tokens), with the tokens marked so they can be cleared
  final long[] ruleTokenBits;
  final IntList ruleMarked = new IntList(64);

  Scratch(int vocabularySize, int nameCount) {
    gramHits = new int[vocabularySize];
    accumulated = new float[nameCount];
    lastQueryToken = new int[nameCount];
    Arrays.fill(lastQueryToken, -1);
    votedTokens = new long[nameCount];
    ruleTokenBits = new long[vocabularySize];
  }

  /** Marks, per vocabulary token, which query tokens' person-rule tokens hold it. */
  void markRuleTokens(int[][] ruleTokens) {
    for (int q = 0; q < Math.min(ruleTokens.length, Long.SIZE); q++) {
      for (int token : ruleTokens[q]) {
        if (ruleTokenBits[token] == 0L) {
          ruleMarked.add(token);
        }
        ruleTokenBits[token] |= 1L << q;
      }
    }
  }

  void resetRuleTokens() {
    for (int i = 0; i < ruleMarked.size(); i++) {
      ruleTokenBits[ruleMarked.get(i)] = 0L;
    }
    ruleMarked.clear();
  }

  void resetNames() {
    for (int i = 0; i < touchedNames.size(); i++) {
      int name = touchedNames.get(i);
      accumulated[name] = 0f;
      lastQueryToken[name] = -1;
      votedTokens[name] = 0L;
    }
    touchedNames.clear();
  }
}
