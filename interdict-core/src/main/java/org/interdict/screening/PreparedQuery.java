package org.interdict.screening;

import org.interdict.text.NormalizedName;

/**
 * A normalized query ready for retrieval and scoring: per query token its variant key, weight and
 * the vocabulary tokens similar enough to pair with it ({@code similarIds} ascending for binary
 * search, {@code similarValues} parallel to it).
 */
final class PreparedQuery {
  final NormalizedName normalized;
  final String[] tokens;
  final String[] keys;
  final float[] weights;
  final int[][] similarIds;
  final float[][] similarValues;
  final long legalMask;
  final float totalWeight;
  final boolean hasInitial;

  /** Whether the raw query holds Han or Hangul script (for {@link NameRules}, entity-v1). */
  final boolean hanOrHangul;

  /**
   * Whether the raw query holds an abjad (Arabic, Hebrew, Syriac), whose romanization writes only
   * long vowels (for {@link NameRules#finalVowelMismatches}, entity-v1).
   */
  final boolean abjad;

  /**
   * Per query token of an abjad query, how its romanization ends ({@link NameRules#ending}); empty
   * for other queries.
   */
  final byte[] endings;

  /** Per query token what the nickname tables know of it, null when nothing (entity-v1). */
  final Nicknames.Forms[] nicknames;

  PreparedQuery(
      NormalizedName normalized,
      String[] tokens,
      String[] keys,
      float[] weights,
      int[][] similarIds,
      float[][] similarValues,
      long legalMask) {
    this.normalized = normalized;
    this.tokens = tokens;
    this.keys = keys;
    this.weights = weights;
    this.similarIds = similarIds;
    this.similarValues = similarValues;
    this.legalMask = legalMask;
    float total = 0f;
    for (float weight : weights) {
      total += weight;
    }
    this.totalWeight = total;
    boolean initial = false;
    for (String token : tokens) {
      initial |= token.length() == 1;
    }
    this.hasInitial = initial;
    this.hanOrHangul = RomanizedSyllables.applies(normalized.original());
    this.abjad = org.interdict.text.ConsonantKey.isAbjad(normalized.original());
    this.endings = new byte[abjad ? tokens.length : 0];
    for (int q = 0; q < endings.length; q++) {
      endings[q] = NameRules.ending(tokens[q], true);
    }
    this.nicknames = new Nicknames.Forms[tokens.length];
    for (int q = 0; q < tokens.length; q++) {
      nicknames[q] = tokens[q].length() > 1 ? Nicknames.standard().forms(keys[q]) : null;
    }
  }

  /** The query as {@link PersonRules} read it, built on first use (entity-v2, persons' names). */
  private PersonRules.Side personSide;

  PersonRules.Side personSide(IndexData data) {
    if (personSide == null) {
      personSide = PersonRules.side(data, tokens, keys, weights);
    }
    return personSide;
  }

  /** What the person rules may add to this query's bound, built on first use (entity-v2). */
  private PersonVotes personVotes;

  PersonVotes personVotes(IndexData data) {
    if (personVotes == null) {
      personVotes = PersonVotes.of(data, this);
    }
    return personVotes;
  }

  /** What entity-v2's organization rules read of this query, worked out on first use. */
  private OrganizationQuery organization;

  /** {@link OrganizationQuery} of this query against {@code data}, the index it was prepared on. */
  OrganizationQuery organization(IndexData data) {
    if (organization == null) {
      organization = new OrganizationQuery(data, this);
    }
    return organization;
  }

  /**
   * Similarity of query token {@code q} with vocabulary token {@code token}, 0 when not similar.
   */
  double similarity(int q, int token) {
    int at = java.util.Arrays.binarySearch(similarIds[q], token);
    return at >= 0 ? similarValues[q][at] : 0.0;
  }
}
