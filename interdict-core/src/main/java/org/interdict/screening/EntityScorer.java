package org.interdict.screening;

import java.util.List;
import org.interdict.model.BirthDate;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyIdentifier;
import org.interdict.model.PartyType;

/**
 * The scorer {@value #ID}: the name score of {@code aligned-tokens-v1} with its name rules and
 * nicknames ({@link NameRules}, ADR 012), then one signed contribution per feature the query and
 * the party both carry (ADR 007):
 *
 * <pre>
 *   name'       name * {@value #EDITED_SYLLABLE}^k for k romanized Han/Hangul syllables matched by edit distance only
 *               ({@link RomanizedSyllables}; part romanized-syllables = name' - name), then the rules below on name'
 *   score = clamp(name' + birth-date + country + identifier, 0, 1)
 *   birth-date  agree (same day, or day and month swapped; or the same year/range when one side is partial)
 *                 +{@value #DOB_AGREE} * (1 - name) for a full date, +{@value #DOB_YEAR} * (1 - name) by year
 *               one year apart (weak agreement)      +{@value #DOB_WEAK} * (1 - name)
 *               conflict (more than one year apart)  -{@value #DOB_CONFLICT} * name, unless an identifier agrees
 *   country     the query's countries and the party's share one  +{@value #COUNTRY_AGREE} * (1 - name)
 *               both have countries, none shared                  -{@value #COUNTRY_CONFLICT}
 *   type        a person against a listed organization, vessel or aircraft, or an organization against a listed
 *               person                                           -{@value #TYPE_CONFLICT} * name
 *   identifier  same kind (or either unclassified) and same value (folded) and name >= {@value #IDENTIFIER_MIN_NAME}:
 *               raised to {@value #IDENTIFIER_SCORE}
 * </pre>
 *
 * Birth dates compare at the precision both sides give: full dates agree when equal or with day and
 * month swapped; a year, a year-month, a range or a circa year (one year of slack) agree by
 * overlapping years. Two full dates in the same year that differ otherwise contribute nothing (a
 * typo or another person).
 *
 * <p>A feature missing on either side contributes 0, so a query without features scores as its name
 * (the alignment with the name rules), unless it is written in Han or Hangul script and has
 * edit-distance syllable pairs. The conflict factor takes a perfect name (1.0) to 0.70, below the
 * default 0.76. Stateless and thread-safe.
 */
public final class EntityScorer {
  public static final String ID = "entity-v1";

  /**
   * {@value #ID} with the person-name rules ({@link PersonRules}) and the organization-name rules
   * ({@link CompoundPairs}, {@link OrganizationNameRules}, {@link CompoundRetrieval}; ADR 016) on
   * top of its own: more accurate (docs/benchmarks.md, "entity-v2"), and opt-in while its
   * single-query latency is a few times {@value #ID}'s.
   */
  public static final String ID_V2 = "entity-v2";

  /** Whether {@code scorer} is one of the entity scorers (name rules, nicknames, features). */
  static boolean isEntity(String scorer) {
    return ID.equals(scorer) || ID_V2.equals(scorer);
  }

  /** Whether {@code scorer} applies the person- and organization-name rules ({@value #ID_V2}). */
  static boolean hasNameRulesV2(String scorer) {
    return ID_V2.equals(scorer);
  }

  static final double DOB_AGREE = 0.6;
  static final double DOB_YEAR = 0.3;
  static final double DOB_WEAK = 0.1;
  static final double DOB_CONFLICT = 0.3;
  static final double COUNTRY_AGREE = 0.1;
  static final double COUNTRY_CONFLICT = 0.04;
  static final double TYPE_CONFLICT = 0.15;
  static final double IDENTIFIER_MIN_NAME = 0.5;
  static final double IDENTIFIER_SCORE = 0.95;

  /**
   * The factor a name score takes per pair of romanized Han or Hangul syllables matched by edit
   * distance only ({@link RomanizedSyllables}): one such pair takes 0.95 to 0.76, two take 1.0 to
   * 0.64.
   */
  static final double EDITED_SYLLABLE = 0.8;

  /**
   * How far below the minimum score a name may be and still be raised over it by features
   * (retrieval floor).
   */
  static final double MAX_RAISE = 0.3;

  /** The parts this scorer adds after the name scorer's parts, in this order. */
  static final List<ScorePartId> PARTS =
      List.of(
          new ScorePartId("name", ScorePartId.Kind.SCORE),
          new ScorePartId("birth-date", ScorePartId.Kind.FEATURE),
          new ScorePartId("country", ScorePartId.Kind.FEATURE),
          new ScorePartId("party-type", ScorePartId.Kind.FEATURE),
          new ScorePartId("identifier", ScorePartId.Kind.FEATURE),
          new ScorePartId("romanized-syllables", ScorePartId.Kind.ADJUSTMENT));

  private EntityScorer() {}

  /** The outcome: the final score and each feature's signed contribution. */
  public record Result(
      double name,
      double birthDate,
      double country,
      double type,
      double identifier,
      double syllables,
      double score) {
    List<ScorePart> parts() {
      return List.of(
          new ScorePart("name", AlignmentScorer.round(name)),
          new ScorePart("birth-date", AlignmentScorer.round(birthDate)),
          new ScorePart("country", AlignmentScorer.round(country)),
          new ScorePart("party-type", AlignmentScorer.round(type)),
          new ScorePart("identifier", AlignmentScorer.round(identifier)),
          new ScorePart("romanized-syllables", AlignmentScorer.round(syllables)));
    }
  }

  /** How a query's birth date compares with a party's, best over all their pairs. */
  public enum DateAgreement {
    NONE,
    CONFLICT,
    WEAK,
    YEAR,
    FULL
  }

  /**
   * Scores a candidate whose name scored {@code name} against the query's and the party's features.
   */
  public static Result score(double name, PartyFeatures query, PartyFeatures party) {
    return score(name, query, PartyType.UNKNOWN, party, PartyType.UNKNOWN);
  }

  /** As {@link #score(double, PartyFeatures, PartyFeatures)}, also weighing what each side is. */
  public static Result score(
      double name,
      PartyFeatures query,
      PartyType queryType,
      PartyFeatures party,
      PartyType partyType) {
    return score(name, 0, query, queryType, party, partyType);
  }

  /**
   * As {@link #score(double, PartyFeatures, PartyType, PartyFeatures, PartyType)} for a name whose
   * alignment holds {@code editedSyllables} romanized Han or Hangul syllables matched by edit
   * distance only: the name score is first multiplied by {@value #EDITED_SYLLABLE} per such pair
   * (part {@code romanized-syllables}, 0 or negative), and the features are weighed against the
   * lowered name.
   */
  static Result score(
      double rawName,
      int editedSyllables,
      PartyFeatures query,
      PartyType queryType,
      PartyFeatures party,
      PartyType partyType) {
    double name = rawName * Math.pow(EDITED_SYLLABLE, editedSyllables);
    boolean identifier = identifierAgrees(query.identifiers(), party.identifiers());
    double dob =
        switch (compare(query.birthDates(), party.birthDates())) {
          case FULL -> DOB_AGREE * (1 - name);
          case YEAR -> DOB_YEAR * (1 - name);
          case WEAK -> DOB_WEAK * (1 - name);
          case CONFLICT -> identifier ? 0.0 : -DOB_CONFLICT * name;
          case NONE -> 0.0;
        };
    double country = 0.0;
    List<String> qc = query.allCountries();
    List<String> pc = party.allCountries();
    if (!qc.isEmpty() && !pc.isEmpty()) {
      country = qc.stream().anyMatch(pc::contains) ? COUNTRY_AGREE * (1 - name) : -COUNTRY_CONFLICT;
    }
    double type = typesConflict(queryType, partyType) ? -TYPE_CONFLICT * name : 0.0;
    double before = clamp(name + dob + country + type);
    double raise =
        identifier && name >= IDENTIFIER_MIN_NAME ? Math.max(0.0, IDENTIFIER_SCORE - before) : 0.0;
    return new Result(rawName, dob, country, type, raise, name - rawName, clamp(before + raise));
  }

  static boolean typesConflict(PartyType query, PartyType party) {
    if (query == PartyType.INDIVIDUAL) {
      return party == PartyType.ENTITY || party == PartyType.VESSEL || party == PartyType.AIRCRAFT;
    }
    return query == PartyType.ENTITY && party == PartyType.INDIVIDUAL;
  }

  /** The best agreement between any query date and any party date. */
  public static DateAgreement compare(List<BirthDate> query, List<BirthDate> party) {
    DateAgreement best = DateAgreement.NONE;
    for (BirthDate q : query) {
      for (BirthDate p : party) {
        DateAgreement agreement = compare(q, p);
        if (agreement.ordinal() > best.ordinal()) {
          best = agreement;
        }
      }
    }
    return best;
  }

  static DateAgreement compare(BirthDate q, BirthDate p) {
    int slack = q.circa() || p.circa() ? 1 : 0;
    boolean yearsOverlap = q.fromYear() <= p.toYear() + slack && p.fromYear() <= q.toYear() + slack;
    if (!yearsOverlap) {
      int gap = Math.max(q.fromYear() - p.toYear(), p.fromYear() - q.toYear()) - slack;
      return gap <= 1 ? DateAgreement.WEAK : DateAgreement.CONFLICT;
    }
    boolean exactYear = q.singleYear() && p.singleYear() && q.fromYear() == p.fromYear();
    if (!exactYear || q.month() == 0 || p.month() == 0) {
      return DateAgreement.YEAR;
    }
    if (q.month() == p.month() && (q.day() == 0 || p.day() == 0 || q.day() == p.day())) {
      return q.day() > 0 && p.day() > 0 ? DateAgreement.FULL : DateAgreement.YEAR;
    }
    if (q.day() > 0 && p.day() > 0 && q.day() == p.month() && q.month() == p.day()) {
      return DateAgreement.FULL;
    }
    // Same year, another month or day: a typo or a different person; no evidence either way.
    return DateAgreement.NONE;
  }

  static boolean identifierAgrees(List<PartyIdentifier> query, List<PartyIdentifier> party) {
    for (PartyIdentifier q : query) {
      for (PartyIdentifier p : party) {
        if (q.value().equals(p.value())
            && (q.kind() == p.kind()
                || q.kind() == org.interdict.model.IdentifierKind.OTHER
                || p.kind() == org.interdict.model.IdentifierKind.OTHER)) {
          return true;
        }
      }
    }
    return false;
  }

  private static double clamp(double value) {
    return Math.max(0.0, Math.min(1.0, value));
  }
}
