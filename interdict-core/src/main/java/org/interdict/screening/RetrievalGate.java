package org.interdict.screening;

/**
 * The gate candidate retrieval puts before scoring, defined once: a name is retrieved when its
 * votes reach {@link #MIN_VOTE_SHARE} of the query weight and, without initials on either side, its
 * score bound {@code (votes + B * nameWeight) / (queryWeight + B * nameWeight)} reaches the minimum
 * score; at most {@link #MAX_CANDIDATES} of the best-voted names are scored. {@link
 * CandidateFinder} applies it ({@link #admits}); {@link CandidateBound} proves for delta
 * re-screening that a name can never pass it ({@link #mayAdmit}), with the one {@link #TOLERANCE}
 * between the two (ADR 005).
 */
public final class RetrievalGate {
  /** Retrieval scores at most this many names per query, the best-voted first. */
  public static final int MAX_CANDIDATES = 128;

  /** Names with votes below this share of the query weight are not retrieved. */
  static final double MIN_VOTE_SHARE = 0.3;

  /**
   * How much wider {@link #mayAdmit} is than {@link #admits}, in votes and in the score bound.
   * Retrieval counts votes in floats (a relative error of 2^-24 per operation, so about 1e-6
   * absolute for a vote of 40 over ten tokens) while a proof counts them in doubles; 1e-4 covers
   * that with room. Retrieval itself lets a bound within {@code TOLERANCE / 100} below the minimum
   * through, for a bound that equals the minimum and rounds just below it.
   */
  static final double TOLERANCE = 1e-4;

  private static final double OWN_ROUNDING = TOLERANCE / 100;

  private RetrievalGate() {}

  /**
   * Retrieval's test with a bound of its own: the vote floor on the votes counted, the score bound
   * {@code (boundVotes + listWeight) / (boundWeight + listWeight)} on votes and a query weight that
   * also count what entity-v2's person rules may add ({@link PersonVotes}).
   */
  static boolean admits(
      float votes,
      float queryWeight,
      double boundVotes,
      double boundWeight,
      double listWeight,
      boolean initials,
      double minScore) {
    float floor = (float) (MIN_VOTE_SHARE * queryWeight);
    double denominator = boundWeight + listWeight;
    double bound = initials || denominator <= 0 ? 1.0 : (boundVotes + listWeight) / denominator;
    return votes >= floor && bound >= minScore - OWN_ROUNDING;
  }

  /** Retrieval's test, on the float votes it counted. */
  static boolean admits(
      float votes, float queryWeight, double listWeight, boolean initials, double minScore) {
    // initials pair outside the votes, so names or queries with them skip the bound
    return admits(votes, queryWeight, votes, queryWeight, listWeight, initials, minScore);
  }

  /**
   * Whether a name given at most {@code votes} may pass {@link #admits}: {@code false} proves it
   * never does. The caller's votes must be at least retrieval's up to float rounding, which {@link
   * #TOLERANCE} absorbs.
   */
  static boolean mayAdmit(
      double votes, double queryWeight, double listWeight, boolean initials, double minScore) {
    if (votes + TOLERANCE < MIN_VOTE_SHARE * queryWeight) {
      return false;
    }
    return initials || (votes + listWeight) / (queryWeight + listWeight) + TOLERANCE >= minScore;
  }
}
