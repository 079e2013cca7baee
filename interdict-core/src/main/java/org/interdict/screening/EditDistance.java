package org.interdict.screening;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), so a swapped pair
 * of letters ({@code adbul}/{@code abdul}) costs one edit. Used to temper Jaro-Winkler, which is
 * generous to short tokens and shared prefixes ({@code lee}/{@code liu}, {@code dar}/{@code
 * darrell}).
 */
final class EditDistance {
  private EditDistance() {}

  static int osa(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    int[] previous2 = new int[lb + 1];
    int[] previous = new int[lb + 1];
    int[] current = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      current[0] = i;
      for (int j = 1; j <= lb; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, previous2[j - 2] + 1);
        }
        current[j] = best;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return previous[lb];
  }

  /** 1 - distance / longer length, in [0, 1]. */
  static double similarity(CharSequence a, CharSequence b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1.0 : 1.0 - (double) osa(a, b) / longer;
  }
}
