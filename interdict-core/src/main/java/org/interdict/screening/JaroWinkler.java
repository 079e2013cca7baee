package org.interdict.screening;

/**
 * Jaro-Winkler similarity (boost threshold 0.7, prefix up to 4, scaling 0.1, as commons-text and
 * Watchman use), written over {@link CharSequence} without allocation beyond two small flag arrays,
 * because it runs in the hot path of every query.
 */
final class JaroWinkler {
  private JaroWinkler() {}

  static double similarity(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] usedA = new boolean[la];
    boolean[] usedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      char c = a.charAt(i);
      for (int j = from; j <= to; j++) {
        if (!usedB[j] && b.charAt(j) == c) {
          usedA[i] = true;
          usedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (usedA[i]) {
        while (!usedB[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    if (jaro < 0.7) {
      return jaro;
    }
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(la, lb));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }
}
