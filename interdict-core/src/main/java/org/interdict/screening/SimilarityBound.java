package org.interdict.screening;

import java.util.Arrays;

/**
 * A cheap upper bound of {@link TokenSimilarity#of}, so retrieval skips the Jaro-Winkler and
 * edit-distance work for pairs that cannot reach {@link CandidateFinder#MIN_PAIR} (about nine in
 * ten of the pairs the trigram filter lets through). It only ever says "below" when the exact
 * similarity is below, so retrieval finds the same tokens with the same values; {@code
 * SimilarityBoundTest} checks that against the exact similarity.
 *
 * <p>With {@code c} the number of characters two strings share (as multisets): Jaro-Winkler matches
 * pair equal characters one to one, so {@code jaro <= (c/la + c/lb + 1) / 3} and the prefix boost
 * is increasing in jaro; each edit changes {@code max(la, lb) - c} by at most one, so {@code osa >=
 * max(la, lb) - c} and {@code edit similarity <= c / max(la, lb)}.
 */
final class SimilarityBound {
  /**
   * Room for rounding: the bounds are exact in arithmetic, the similarities are computed in
   * doubles.
   */
  private static final double MARGIN = 1e-9;

  private SimilarityBound() {}

  /** The characters of a string, sorted, for {@link #shared}. */
  static char[] letters(String text) {
    char[] letters = text.toCharArray();
    Arrays.sort(letters);
    return letters;
  }

  /**
   * Whether {@link TokenSimilarity#of}{@code (token, key, other, otherKey)} is certainly below
   * {@link CandidateFinder#MIN_PAIR}; the letters are those of the four strings, from {@link
   * #letters}.
   */
  static boolean below(
      String token,
      String key,
      char[] tokenLetters,
      char[] keyLetters,
      String other,
      String otherKey,
      char[] otherLetters,
      char[] otherKeyLetters) {
    if (token.length() == 1 || other.length() == 1 || token.equals(other) || key.equals(otherKey)) {
      return false;
    }
    if (!fuzzyBelow(key, otherKey, keyLetters, otherKeyLetters)) {
      return false;
    }
    // TokenSimilarity tries the written tokens too unless both are their own keys
    return (key.equals(token) && otherKey.equals(other))
        || fuzzyBelow(token, other, tokenLetters, otherLetters);
  }

  /**
   * Whether TokenSimilarity's fuzzy similarity of {@code a} and {@code b} is certainly below
   * MIN_PAIR.
   */
  private static boolean fuzzyBelow(String a, String b, char[] lettersA, char[] lettersB) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return false;
    }
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(la, lb));
    while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    // the lengths alone (at most min(la, lb) shared) often settle it without counting
    return below(Math.min(la, lb), la, lb, prefix)
        || below(shared(lettersA, lettersB), la, lb, prefix);
  }

  private static boolean below(int shared, int la, int lb, int prefix) {
    if (shared == 0) {
      return true;
    }
    double jaro = ((double) shared / la + (double) shared / lb + 1.0) / 3.0;
    double jaroWinkler = jaro + prefix * 0.1 * (1.0 - jaro);
    // fuzzy() halves a Jaro-Winkler below 0.75, which can never reach MIN_PAIR
    if (jaroWinkler < 0.75 - MARGIN) {
      return true;
    }
    double edits = (double) shared / Math.max(la, lb);
    return (jaroWinkler + edits) / 2.0 < CandidateFinder.MIN_PAIR - MARGIN;
  }

  /** How many characters two sorted letter arrays share, counting repeats. */
  static int shared(char[] a, char[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}
