package org.interdict.screening;

import java.util.Objects;
import org.interdict.model.Party;

/**
 * One party found for a query: its score in [0, 1], the party, the list name that matched best (its
 * text, whether primary or alias, and its position in {@link Party#allNames()}) and the explanation
 * of the score.
 */
public record Match(
    double score,
    Party party,
    String matchedName,
    NameKind nameKind,
    int nameIndex,
    Explanation explanation) {
  public Match {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(nameKind, "nameKind");
    Objects.requireNonNull(explanation, "explanation");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score " + score + " outside [0, 1]");
    }
  }
}
