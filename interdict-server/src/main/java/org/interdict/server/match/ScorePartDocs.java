package org.interdict.server.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.screening.ScorePartId;
import org.interdict.screening.ScreeningQuery;

/**
 * What each score part of Interdict's scorers means (docs/screening.md, sections 3 to 3c), for the
 * {@code explanations} of {@code /match} results and yente's {@code GET /algorithms}. A part id
 * this table does not know (a scorer grew one) is still reported, described by its id. Stateless
 * and thread-safe.
 */
public final class ScorePartDocs {
  static final String URL = "docs/screening.md";

  /** One part: what it says, and its coefficient in the final score (0: an input to name). */
  record Part(String id, String description, double coefficient) {}

  /** What each part id means, for every part a scorer can write (ScorePartDocsTest checks). */
  private static final Map<String, String> DESCRIPTIONS = descriptions();

  private static Map<String, String> descriptions() {
    Map<String, String> descriptions = new LinkedHashMap<>();
    descriptions.put("token-similarity", "weighted mean similarity of the aligned token pairs");
    descriptions.put("query-coverage", "share of the query name's token weight that aligned");
    descriptions.put("list-coverage", "share of the listed name's token weight that aligned");
    descriptions.put("base", "the alignment score before the factors below");
    descriptions.put("order", "0.97 when aligned tokens are neither in order nor reversed, else 1");
    descriptions.put("legal-form", "0.95 when both names carry legal forms and none agree, else 1");
    descriptions.put("type", "0.9 for a query with a legal form against an individual, else 1");
    descriptions.put("nickname", "the number of token pairs matched through nickname tables");
    descriptions.put(
        "unmatched-surname",
        "factor 0.85 when no token before the comma of a 'SURNAME, Given' name aligned");
    descriptions.put(
        "single-token",
        "factor 0.9 when only one of two or more query tokens aligned (not organizations)");
    descriptions.put(
        "no-anchor", "factor 0.92 when no aligned pair is exact, a variant or a nickname");
    descriptions.put(
        "unmatched-syllables", "factor 0.8 per unaligned token of a Han or Hangul query");
    descriptions.put(
        "unmatched-list", "factor 1 - 0.15 x share of listed tokens left over by a subset name");
    descriptions.put(
        "final-vowel",
        "factor 0.9 per pair of an abjad query whose final vowel the listed token lacks");
    descriptions.put(
        "weak-nickname",
        "factor 0.85 when a nickname is the only strong pair, or pairs with a listed al");
    descriptions.put(
        "gendered-form", "factor 0.8 per pair of the masculine and feminine forms of one name");
    descriptions.put("connector-pairs", "the number of 'son of' particles paired (bin = ibn)");
    descriptions.put(
        "vowel-skeletons",
        "the number of pairs with the same consonant skeleton (Muhammad / Mohammed)");
    descriptions.put(
        "wade-giles",
        "the number of Wade-Giles syllable groups paired with their Pinyin (Tse-tung / Zedong)");
    descriptions.put("joined-initials", "the number of joined initials paired (JC / Jean-Claude)");
    descriptions.put(
        "covered-syllables", "factor: the further syllables of a paired group cost nothing");
    descriptions.put(
        "patronymic",
        "factor: an unaligned patronymic costs 0.1 of its weight when the other side has none");
    descriptions.put("title", "factor: an unaligned title costs nothing");
    descriptions.put(
        "repeated-token", "factor: an unaligned repeat of an aligned token costs nothing");
    descriptions.put(
        "unmatched-connector", "factor: an unaligned connector costs 0.3 of its weight");
    descriptions.put(
        "substituted-token",
        "factor 0.85 when both long names keep a significant token unaligned (another person)");
    descriptions.put("reversed-patronymic", "factor 0.7 when 'X bin Y' aligns with 'Y bin X'");
    descriptions.put(
        "initial-conflict",
        "factor 0.85 when an unaligned initial faces unaligned names with other first letters");
    descriptions.put(
        "distant-spelling", "factor 0.8 when a fuzzy pair is three or more edits apart");
    descriptions.put(
        "joined-tokens", "the number of token runs paired with their join (Good Will)");
    descriptions.put("acronym", "the number of acronyms paired with the words they abbreviate");
    descriptions.put(
        "number-words", "the number of numbers paired across digits and words (44 / Forty-Four)");
    descriptions.put(
        "number-conflict",
        "factor 0.75 when one organization name writes a number and the other none");
    descriptions.put(
        "place-conflict", "factor 0.82 when the countries two organization names name differ");
    descriptions.put(
        "form-conflict",
        "factor 0.72 when two organization names carry alternative legal forms of one system (AG / GmbH)");
    descriptions.put(
        "generic-words",
        "factor 0.8 when only generic organization words align and each name keeps another word");
    descriptions.put(
        "short-typo",
        "factor 0.85 per pair of words of at most 4 letters matched by edit distance only");
    descriptions.put("name", "the name score: the alignment with the name rules applied");
    descriptions.put(
        "birth-date",
        "agreeing birth dates raise the score, dates more than a year apart lower it");
    descriptions.put("country", "a shared country raises the score, no shared country lowers it");
    descriptions.put(
        "party-type", "a person against a listed organization (or the reverse) lowers it");
    descriptions.put(
        "identifier",
        "the same identifier of the same kind raises the score to 0.95 (name >= 0.5)");
    descriptions.put(
        "romanized-syllables",
        "Han or Hangul syllables matched by edit distance only lower the name (x 0.8 each)");
    descriptions.put(
        "retrieved-by-identifier",
        "1: the party carries the query's identifier and none of its names was retrieved by name");
    descriptions.put("score", "the final score");
    return java.util.Collections.unmodifiableMap(descriptions);
  }

  private ScorePartDocs() {}

  /** The ids of the parts this table describes. */
  static java.util.Set<String> describedIds() {
    return DESCRIPTIONS.keySet();
  }

  /**
   * The parts a scorer reports in a {@code /match} result's explanations, in the order its
   * explanations list them: every part core says it can write ({@link ScreeningQuery#partIdsOf})
   * but the final score; coefficient 1 for the terms an entity scorer adds into its score.
   */
  static List<Part> partsOf(String scorer) {
    List<Part> parts = new java.util.ArrayList<>();
    for (ScorePartId part : ScreeningQuery.partIdsOf(scorer)) {
      if (part.id().equals(ScorePartId.FINAL_SCORE)) {
        continue;
      }
      parts.add(new Part(part.id(), describe(part.id()), coefficient(part.kind())));
    }
    return parts;
  }

  /** 1 for the parts added into an entity scorer's final score, 0 for the name score's inputs. */
  private static double coefficient(ScorePartId.Kind kind) {
    return switch (kind) {
      case SCORE, FEATURE, ADJUSTMENT -> 1.0;
      case MEASURE, COUNT, FACTOR, FLAG -> 0.0;
    };
  }

  /** The description of a part id, or a sentence naming it when this table does not know it. */
  public static String describe(String id) {
    String description = DESCRIPTIONS.get(id);
    return description != null ? description : "score part " + id + " (see " + URL + ")";
  }

  /** One scorer's description for {@code GET /algorithms}. */
  static String describeScorer(String scorer) {
    if (ScreeningQuery.hasNameRulesV2(scorer)) {
      return "Interdict's entity scorer with person- and organization-name rules (patronymics,"
          + " transliteration variants, joined tokens, acronyms, numbers, places): more"
          + " accurate than the default, a few times slower per query";
    }
    return ScreeningQuery.isEntityScorer(scorer)
        ? "Interdict's entity scorer: the aligned-tokens name score with name rules and"
            + " nicknames, plus signed contributions of birth dates, countries, party type and"
            + " identifiers"
        : "Interdict's name-only scorer: greedy token alignment weighted by token rarity";
  }

  /** The body of {@code GET /algorithms}, in yente's {@code AlgorithmResponse} shape. */
  static Map<String, Object> algorithms() {
    List<Object> algorithms = new java.util.ArrayList<>();
    for (String scorer : ScreeningQuery.SCORERS) {
      Map<String, Object> features = new LinkedHashMap<>();
      for (Part part : partsOf(scorer)) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("description", part.description());
        doc.put("coefficient", part.coefficient());
        doc.put("url", URL);
        features.put(part.id(), doc);
      }
      Map<String, Object> docs = new LinkedHashMap<>();
      docs.put("name", scorer);
      docs.put("description", describeScorer(scorer));
      docs.put("config", Map.of());
      docs.put("features", features);
      Map<String, Object> algorithm = new LinkedHashMap<>();
      algorithm.put("name", scorer);
      algorithm.put("description", describeScorer(scorer));
      algorithm.put("features", features);
      algorithm.put("docs", docs);
      algorithms.add(algorithm);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("algorithms", algorithms);
    body.put("default", ScreeningQuery.DEFAULT_SCORER);
    body.put("best", ScreeningQuery.DEFAULT_SCORER);
    return body;
  }
}
