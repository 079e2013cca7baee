package org.interdict.screening;

import java.util.Arrays;

/** Distinct character trigrams of a variant key padded with {@code ^} and {@code $}, packed into longs. */
final class Grams {
  private Grams() {}

  static long[] of(String key) {
    String padded = "^" + key + "$";
    int count = Math.max(1, padded.length() - 2);
    long[] grams = new long[count];
    for (int i = 0; i < count; i++) {
      char c2 = i + 2 < padded.length() ? padded.charAt(i + 2) : '$';
      grams[i] = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | c2;
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
