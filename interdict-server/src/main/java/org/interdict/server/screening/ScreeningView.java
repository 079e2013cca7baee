package org.interdict.server.screening;

import java.util.List;

/** The JSON shapes of a screening answer (docs/api.md, "Screening"). */
final class ScreeningView {
  private ScreeningView() {}

  record Result(
      String screeningId,
      String id,
      String query,
      Normalized normalized,
      Problem problem,
      List<ListView> lists,
      List<MatchView> matches,
      List<?> ownership) {}

  /**
   * Why the query could not be screened completely ({@link org.interdict.screening.QueryProblem}),
   * null when it could: then an empty {@code matches} is not a "no match".
   */
  record Problem(String id, String message) {}

  record Normalized(
      String text,
      List<String> tokens,
      List<String> legalForms,
      List<String> steps,
      boolean truncated) {}

  record ListView(String listId, String title, String listDate, int entryCount) {}

  record MatchView(
      double score,
      String partyId,
      String listId,
      String entryId,
      String primaryName,
      String matchedName,
      String nameKind,
      String type,
      List<String> programs,
      List<String> countries,
      String entryHash,
      ExplanationView explanation,
      ReviewView review) {}

  record ExplanationView(
      String scorer,
      List<PairView> alignedPairs,
      List<String> unmatchedQueryTokens,
      List<String> unmatchedCandidateTokens,
      List<String> steps,
      List<String> candidateSteps,
      List<PartView> scoreParts) {}

  record PairView(String query, String candidate, double similarity, String method) {}

  record PartView(String id, double value, String detail) {}

  /**
   * {@code status}: {@code final}, or {@code pending} while a four-eyes decision awaits approval.
   */
  record ReviewView(
      String decision,
      String reviewer,
      String comment,
      String at,
      boolean current,
      String status) {}

  record Batch(List<Result> results) {}
}
