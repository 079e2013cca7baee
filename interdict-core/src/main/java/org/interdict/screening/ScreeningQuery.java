package org.interdict.screening;

import java.util.List;
import java.util.Objects;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;

/**
 * One name to screen with its filter, the minimum score a match needs, the most matches to return,
 * the typed features known about the screened party (birth dates, countries, identifiers; none by
 * default) and the id of the scorer to use ({@value #DEFAULT_SCORER} by default; {@code
 * aligned-tokens-v1} scores the name alone) and what the screened party is ({@code INDIVIDUAL} for
 * a person, {@code ENTITY} for an organization, {@code UNKNOWN} by default), which the entity
 * scorer weighs against the listed party's type. {@link #DEFAULT_MIN_SCORE} comes from the
 * development-set evaluation (docs/benchmarks.md).
 */
public record ScreeningQuery(
    String name,
    ScreeningFilter filter,
    double minScore,
    int limit,
    PartyFeatures features,
    String scorer,
    PartyType partyType) {
  /**
   * The scorer a query uses unless told otherwise; on a query without features it scores the name
   * by the name scorer's alignment with its own name rules (ADR 012).
   */
  public static final String DEFAULT_SCORER = EntityScorer.ID;

  /** Every scorer id a query accepts. */
  public static final List<String> SCORERS =
      List.of(EntityScorer.ID, EntityScorer.ID_V2, AlignmentScorer.ID);

  /**
   * Default minimum score, chosen on the development set (docs/benchmarks.md): thresholds 0.72-0.77
   * meet both targets (recall >= 0.98, precision >= 0.95); 0.76 keeps the recall of the lower ones
   * with more precision.
   */
  public static final double DEFAULT_MIN_SCORE = 0.76;

  public static final int DEFAULT_LIMIT = 10;

  public ScreeningQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filter, "filter");
    if (!(minScore >= 0.0 && minScore <= 1.0)) {
      throw new IllegalArgumentException("minScore " + minScore + " outside [0, 1]");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " must be at least 1");
    }
    Objects.requireNonNull(features, "features");
    requireScorer(scorer);
    Objects.requireNonNull(partyType, "partyType");
  }

  /**
   * The one place that decides whether a scorer id is known (the CLI's {@code --scorer}, the
   * server's {@code scorer} field and the match API's {@code algorithm} all ask here).
   *
   * @return {@code id} when it is one of {@link #SCORERS}
   * @throws org.interdict.InvalidValueException naming the id and the known ones otherwise
   */
  public static String requireScorer(String id) {
    if (!SCORERS.contains(id)) {
      throw new org.interdict.InvalidValueException(
          "unknown scorer '" + id + "'; expected one of " + String.join(", ", SCORERS));
    }
    return id;
  }

  /**
   * Every score part scorer {@code id} can write into an explanation, in the order its explanations
   * list them (an explanation holds those that applied: the entity parts only when features were
   * weighed or romanized syllables lowered the name, {@code retrieved-by-identifier} only for a
   * match found by identifier alone); the last is the final {@code score}.
   *
   * @throws org.interdict.InvalidValueException for an id {@link #requireScorer} refuses
   */
  public static List<ScorePartId> partIdsOf(String id) {
    return ScorePartId.of(id);
  }

  /**
   * Whether scorer {@code id} is an entity scorer: name rules and nicknames on top of the name
   * alignment, and the features weighed.
   *
   * @throws org.interdict.InvalidValueException for an id {@link #requireScorer} refuses
   */
  public static boolean isEntityScorer(String id) {
    return EntityScorer.isEntity(requireScorer(id));
  }

  /**
   * Whether scorer {@code id} also applies the person- and organization-name rules ({@value
   * EntityScorer#ID_V2}).
   *
   * @throws org.interdict.InvalidValueException for an id {@link #requireScorer} refuses
   */
  public static boolean hasNameRulesV2(String id) {
    return EntityScorer.hasNameRulesV2(requireScorer(id));
  }

  /** A query with features and a scorer, of a party of unknown type. */
  public ScreeningQuery(
      String name,
      ScreeningFilter filter,
      double minScore,
      int limit,
      PartyFeatures features,
      String scorer) {
    this(name, filter, minScore, limit, features, scorer, PartyType.UNKNOWN);
  }

  /** A query without features, scored by the default scorer. */
  public ScreeningQuery(String name, ScreeningFilter filter, double minScore, int limit) {
    this(name, filter, minScore, limit, PartyFeatures.none(), DEFAULT_SCORER, PartyType.UNKNOWN);
  }

  /**
   * Whether features take part in the score: the entity scorer and at least one feature or the type
   * given.
   */
  public boolean weighsFeatures() {
    return EntityScorer.isEntity(scorer) && (!features.isEmpty() || partyType != PartyType.UNKNOWN);
  }

  public ScreeningQuery withPartyType(PartyType newType) {
    return new ScreeningQuery(name, filter, minScore, limit, features, scorer, newType);
  }

  public ScreeningQuery withFeatures(PartyFeatures newFeatures) {
    return new ScreeningQuery(name, filter, minScore, limit, newFeatures, scorer, partyType);
  }

  public ScreeningQuery withScorer(String newScorer) {
    return new ScreeningQuery(name, filter, minScore, limit, features, newScorer, partyType);
  }

  /** A query with no filter, the default minimum score and the default limit. */
  public static ScreeningQuery of(String name) {
    return new ScreeningQuery(name, ScreeningFilter.none(), DEFAULT_MIN_SCORE, DEFAULT_LIMIT);
  }

  public ScreeningQuery withName(String newName) {
    return new ScreeningQuery(newName, filter, minScore, limit, features, scorer, partyType);
  }

  public ScreeningQuery withFilter(ScreeningFilter newFilter) {
    return new ScreeningQuery(name, newFilter, minScore, limit, features, scorer, partyType);
  }

  public ScreeningQuery withMinScore(double newMinScore) {
    return new ScreeningQuery(name, filter, newMinScore, limit, features, scorer, partyType);
  }

  public ScreeningQuery withLimit(int newLimit) {
    return new ScreeningQuery(name, filter, minScore, newLimit, features, scorer, partyType);
  }
}
