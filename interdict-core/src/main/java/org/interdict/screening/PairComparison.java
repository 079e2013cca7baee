package org.interdict.screening;

import java.util.List;
import java.util.Optional;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Scores one pair of names (with their features) by the screening engine: name B becomes the only
 * party of an index and name A is screened against it with no minimum. Token weights therefore come
 * from the pair alone, not from the lists, so a pair's score can differ a little from the same
 * names' score in a list screening. Stateless and thread-safe.
 */
public final class PairComparison {
  /**
   * The list id the right-hand name is indexed under; it appears in nothing but this comparison.
   */
  static final String LIST_ID = "compare";

  private PairComparison() {}

  /**
   * One side of a pair: its name, the party type ({@code UNKNOWN} when not given) and its features.
   */
  public record Side(String name, PartyType type, PartyFeatures features) {
    public Side {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(type, "type");
      java.util.Objects.requireNonNull(features, "features");
    }
  }

  /**
   * The match of A against B under {@code scorer}, or empty when the names share nothing the engine
   * can align or either is blank (their score is then 0).
   */
  public static Optional<Match> compare(Side a, Side b, String scorer) {
    if (a.name().isBlank() || b.name().isBlank()) {
      return Optional.empty();
    }
    Party party =
        new Party(
                LIST_ID + ":b",
                b.type(),
                b.name(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "",
                new SourceRef(LIST_ID, "b", Optional.empty(), ""))
            .withFeatures(b.features());
    ScreeningIndex index =
        ScreeningIndex.build(List.of(party), org.interdict.text.NamePipeline.standard(), 0);
    ScreeningQuery query =
        new ScreeningQuery(
            a.name(), ScreeningFilter.none(), 0.0, 1, a.features(), scorer, a.type());
    List<Match> matches = index.screen(query).matches();
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }
}
