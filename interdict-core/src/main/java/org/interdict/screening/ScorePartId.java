package org.interdict.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One score part a scorer can write into an {@link Explanation}: its stable id and what kind of
 * value it holds. {@link ScreeningQuery#partIdsOf} lists a scorer's parts; the ids come from the
 * classes that compute them ({@link AlignmentScorer}, {@link NameRules}, {@link PersonRules},
 * {@link CompoundPairs}, {@link OrganizationNameRules}, {@link EntityScorer}).
 */
public record ScorePartId(String id, Kind kind) {
  /** What a part's value is. */
  public enum Kind {
    /** A measure of the alignment in [0, 1] that the name score is computed from. */
    MEASURE,
    /** The number of token pairs a rule made (0 when it made none). */
    COUNT,
    /** A factor the name score is multiplied by (1 when the rule does not apply). */
    FACTOR,
    /**
     * A signed change a rule made to the name score, added into an entity scorer's score ({@code
     * romanized-syllables}).
     */
    ADJUSTMENT,
    /**
     * The signed contribution of a feature both sides carry (birth dates, countries, party type,
     * identifiers), added into an entity scorer's score; 0 when either side lacks it.
     */
    FEATURE,
    /** 1 when present: says how a match was found ({@code retrieved-by-identifier}). */
    FLAG,
    /**
     * A score: the name score an entity scorer weighs features against ({@code name}), and the
     * final score every explanation ends with ({@code score}).
     */
    SCORE
  }

  /** The id of the part every explanation ends with: the final score. */
  public static final String FINAL_SCORE = "score";

  public ScorePartId {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The parts {@code scorer} can write, in the order its explanations list them: the alignment's,
   * then (entity scorers, when features were weighed or romanized syllables lowered the name) the
   * entity scorer's, then {@code retrieved-by-identifier} (entity scorers, a match found by
   * identifier only), then {@code score}.
   */
  static List<ScorePartId> of(String scorer) {
    ScreeningQuery.requireScorer(scorer);
    boolean entity = EntityScorer.isEntity(scorer);
    List<ScorePartId> parts = new ArrayList<>();
    for (int i = 0; i < AlignmentScorer.PART_IDS.size(); i++) {
      Kind kind = i < AlignmentScorer.MEASURES ? Kind.MEASURE : Kind.FACTOR;
      parts.add(new ScorePartId(AlignmentScorer.PART_IDS.get(i), kind));
    }
    if (entity) {
      addCountsThenFactors(parts, NameRules.PART_IDS, NameRules.COUNTS);
    }
    if (EntityScorer.hasNameRulesV2(scorer)) {
      addCountsThenFactors(parts, PersonRules.PART_IDS, PersonRules.COUNTS);
      addCountsThenFactors(parts, CompoundPairs.PART_IDS, CompoundPairs.PART_IDS.size());
      addCountsThenFactors(parts, OrganizationNameRules.PART_IDS, 0);
    }
    if (entity) {
      parts.addAll(EntityScorer.PARTS);
      parts.add(new ScorePartId(Explanations.RETRIEVED_BY_IDENTIFIER, Kind.FLAG));
    }
    parts.add(new ScorePartId(FINAL_SCORE, Kind.SCORE));
    return List.copyOf(parts);
  }

  private static void addCountsThenFactors(List<ScorePartId> parts, List<String> ids, int counts) {
    for (int i = 0; i < ids.size(); i++) {
      parts.add(new ScorePartId(ids.get(i), i < counts ? Kind.COUNT : Kind.FACTOR));
    }
  }
}
