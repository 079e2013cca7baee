package org.interdict.screening;

import java.util.Arrays;

/**
 * Distinct character trigrams of a variant key padded with {@code ^} and {@code $}, packed and
 * mixed into longs.
 */
final class Grams {
  private Grams() {}

  static long[] of(String key) {
    String padded = "^" + key + "$";
    int count = Math.max(1, padded.length() - 2);
    long[] grams = new long[count];
    for (int i = 0; i < count; i++) {
      char c2 = i + 2 < padded.length() ? padded.charAt(i + 2) : '$';
      long packed = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | c2;
      // an odd multiplier is a bijection that spreads the bits Long.hashCode would otherwise fold
      // together
      grams[i] = packed * 0x9E3779B97F4A7C15L;
    }
    Arrays.sort(grams);
    int distinct = 0;
    for (int i = 0; i < grams.length; i++) {
      if (i == 0 || grams[i] != grams[i - 1]) {
        grams[distinct++] = grams[i];
      }
    }
    return distinct == grams.length ? grams : Arrays.copyOf(grams, distinct);
  }
}
