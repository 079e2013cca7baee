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

  Scratch(int vocabularySize, int nameCount) {
    gramHits = new int[vocabularySize];
    accumulated = new float[nameCount];
    lastQueryToken = new int[nameCount];
    Arrays.fill(lastQueryToken, -1);
    votedTokens = new long[nameCount];
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
