package org.interdict.screening;

/**
 * Similarity of two normalized tokens, with the method that produced it. Exact equality is 1; equal
 * spelling variant keys (Yevgeniy/Evgenii, -sky/-skiy, kh/h) 0.95; otherwise the mean of
 * Jaro-Winkler and edit similarity of the keys, capped at 0.94 so a fuzzy pair never outranks a
 * variant pair; Jaro-Winkler rewards shared prefixes, edit similarity punishes differences in short
 * tokens, and their mean tracks typos better than either. An initial against a word with that first
 * letter is 0.85.
 */
final class TokenSimilarity {
  static final double VARIANT = 0.95;
  static final double FUZZY_CAP = 0.94;
  static final double INITIAL = 0.85;

  /**
   * A full given name and one of its short forms ({@link Nicknames}; entity-v1 only): weaker than a
   * spelling variant, stronger than an initial. Exactly representable as a float, so the value read
   * back from an alignment identifies the method.
   */
  static final double NICKNAME = 0.875;

  /** Equal consonant skeletons, used only for queries written in an abjad (see CandidateFinder). */
  static final double CONSONANTS = 0.9;

  private TokenSimilarity() {}

  static double of(String token, String key, String otherToken, String otherKey) {
    if (token.equals(otherToken)) {
      return 1.0;
    }
    if (token.length() == 1 || otherToken.length() == 1) {
      return token.charAt(0) == otherToken.charAt(0) ? INITIAL : 0.0;
    }
    if (key.equals(otherKey)) {
      return VARIANT;
    }
    // keys fold romanization differences; the written tokens catch typos the folding moved apart
    // (growp/group)
    double sim = fuzzy(key, otherKey);
    if (sim < CandidateFinder.MIN_PAIR && !(key.equals(token) && otherKey.equals(otherToken))) {
      sim = Math.max(sim, fuzzy(token, otherToken));
    }
    return sim;
  }

  private static double fuzzy(String a, String b) {
    double jaroWinkler = JaroWinkler.similarity(a, b);
    if (jaroWinkler < 0.75) {
      return jaroWinkler * 0.5;
    }
    double edits = EditDistance.similarity(a, b);
    return Math.min(FUZZY_CAP, (jaroWinkler + edits) / 2.0);
  }

  private static boolean consonantsAgree(String token, String otherToken) {
    String one = org.interdict.text.ConsonantKey.of(org.interdict.text.VariantKey.of(token));
    String other = org.interdict.text.ConsonantKey.of(org.interdict.text.VariantKey.of(otherToken));
    return one.equals(other)
        || (one.startsWith("l") && one.substring(1).equals(other))
        || (other.startsWith("l") && other.substring(1).equals(one));
  }

  /** The stable id of the method behind a similarity value, for explanations. */
  static String method(double similarity, String token, String otherToken) {
    if (similarity >= 1.0 - 1e-6) {
      return "exact";
    }
    if (token.length() == 1 || otherToken.length() == 1) {
      return "initial";
    }
    if (similarity == NICKNAME
        && Nicknames.standard()
            .equivalent(
                org.interdict.text.VariantKey.of(token),
                org.interdict.text.VariantKey.of(otherToken))) {
      return "nickname";
    }
    if (similarity > CONSONANTS - 0.045
        && similarity < CONSONANTS + 1e-6
        && consonantsAgree(token, otherToken)) {
      return "consonants";
    }
    return similarity >= VARIANT - 1e-6 ? "variant" : "fuzzy";
  }
}
