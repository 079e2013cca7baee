package org.interdict.screening;

import java.util.List;

/**
 * Why a name matched: the aligned token pairs, the tokens left unmatched on each side, the
 * normalization steps that changed the query and the list name, and the named score parts (see
 * {@link AlignmentScorer}).
 */
public record Explanation(
    String scorerId,
    List<TokenPair> pairs,
    List<String> unmatchedQueryTokens,
    List<String> unmatchedListTokens,
    List<String> queryLegalForms,
    List<String> listLegalForms,
    List<String> querySteps,
    List<String> listSteps,
    List<ScorePart> parts) {
  public Explanation {
    pairs = List.copyOf(pairs);
    unmatchedQueryTokens = List.copyOf(unmatchedQueryTokens);
    unmatchedListTokens = List.copyOf(unmatchedListTokens);
    queryLegalForms = List.copyOf(queryLegalForms);
    listLegalForms = List.copyOf(listLegalForms);
    querySteps = List.copyOf(querySteps);
    listSteps = List.copyOf(listSteps);
    parts = List.copyOf(parts);
  }

  /** The value of a named part, or NaN when this explanation has no such part. */
  public double part(String id) {
    for (ScorePart part : parts) {
      if (part.id().equals(id)) {
        return part.value();
      }
    }
    return Double.NaN;
  }

  /**
   * The score parts as {@code id=value} (four decimals) joined by {@code ;}: the {@code
   * score_parts} column of the CLI's and the Spark job's CSV outputs, one spelling for both.
   */
  public String partsText() {
    StringBuilder text = new StringBuilder();
    for (ScorePart part : parts) {
      text.append(text.length() == 0 ? "" : ";")
          .append(part.id())
          .append('=')
          .append(FourDecimals.of(part.value()));
    }
    return text.toString();
  }
}
