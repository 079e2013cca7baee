package org.interdict.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link AlignmentScorer.Alignment} (and the {@link EntityScorer} result) into the public
 * {@link Explanation}; only run for returned matches.
 */
final class Explanations {
  private Explanations() {}

  /**
   * The explanation under {@code scorer}; when features were weighed ({@code entity} not null)
   * their parts ({@code name}, {@code birth-date}, {@code country}, {@code identifier}; 0 for a
   * feature one side lacks) come before the final {@code score}. Without features the parts are the
   * name scorer's alone.
   */
  static Explanation of(
      IndexData data,
      PreparedQuery query,
      int name,
      AlignmentScorer.Alignment alignment,
      String scorer,
      EntityScorer.Result entity) {
    int[] nameTokens = data.nameTokens[name];
    List<TokenPair> pairs = new ArrayList<>();
    boolean[] usedQ = new boolean[query.tokens.length];
    boolean[] usedN = new boolean[nameTokens.length];
    for (int i = 0; i < alignment.queryPositions().length; i++) {
      int q = alignment.queryPositions()[i];
      int n = alignment.namePositions()[i];
      usedQ[q] = true;
      usedN[n] = true;
      String queryToken = query.tokens[q];
      String listToken = data.tokens[nameTokens[n]];
      double sim = alignment.similarities()[i];
      pairs.add(
          new TokenPair(
              queryToken,
              listToken,
              AlignmentScorer.round(sim),
              alignment.compoundMethod(i) != null
                  ? alignment.compoundMethod(i)
                  : TokenSimilarity.method(sim, queryToken, listToken)));
    }
    List<String> unmatchedQuery = new ArrayList<>();
    for (int q = 0; q < usedQ.length; q++) {
      if (!usedQ[q]) {
        unmatchedQuery.add(query.tokens[q]);
      }
    }
    List<String> unmatchedList = new ArrayList<>();
    for (int n = 0; n < usedN.length; n++) {
      if (!usedN[n]) {
        unmatchedList.add(data.tokens[nameTokens[n]]);
      }
    }
    pairs.sort(
        java.util.Comparator.comparingInt(
            pair -> query.normalized.tokens().indexOf(pair.queryToken())));
    List<ScorePart> parts = AlignmentScorer.parts(alignment);
    if (entity != null) {
      parts = new ArrayList<>(parts.subList(0, parts.size() - 1));
      parts.addAll(entity.parts());
      parts.add(new ScorePart(ScorePartId.FINAL_SCORE, AlignmentScorer.round(entity.score())));
    }
    return new Explanation(
        scorer,
        pairs,
        unmatchedQuery,
        unmatchedList,
        query.normalized.legalForms(),
        LegalFormMask.forms(data.nameLegalMask[name]),
        query.normalized.steps(),
        data.stepLists.get(data.nameSteps[name]),
        parts);
  }

  /**
   * The part naming a match retrieved by identifier, not by name ({@code 1} when present): the
   * party carries one of the query's identifiers and none of its names was among the name index's
   * candidates.
   */
  static final String RETRIEVED_BY_IDENTIFIER = "retrieved-by-identifier";

  /** {@code explanation} with the part {@value #RETRIEVED_BY_IDENTIFIER} before the final score. */
  static Explanation retrievedByIdentifier(Explanation explanation) {
    List<ScorePart> parts = new ArrayList<>(explanation.parts());
    parts.add(parts.size() - 1, new ScorePart(RETRIEVED_BY_IDENTIFIER, 1.0));
    return new Explanation(
        explanation.scorerId(),
        explanation.pairs(),
        explanation.unmatchedQueryTokens(),
        explanation.unmatchedListTokens(),
        explanation.queryLegalForms(),
        explanation.listLegalForms(),
        explanation.querySteps(),
        explanation.listSteps(),
        parts);
  }
}
