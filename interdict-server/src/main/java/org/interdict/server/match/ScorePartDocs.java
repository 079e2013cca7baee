package org.interdict.server.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.screening.ScreeningQuery;

/**
 * What each score part of Interdict's scorers means (docs/screening.md, sections 3 to 3c), for the
 * {@code explanations} of {@code /match} results and yente's {@code GET /algorithms}. A part id
 * this table does not know (a scorer grew one) is still reported, described by its id. Stateless
 * and thread-safe.
 */
final class ScorePartDocs {
  static final String URL = "docs/screening.md";

  /** One part: what it says, and its coefficient in the final score (0: an input to name). */
  record Part(String id, String description, double coefficient) {}

  private static final List<Part> NAME_PARTS =
      List.of(
          new Part("token-similarity", "weighted mean similarity of the aligned token pairs", 0),
          new Part("query-coverage", "share of the query name's token weight that aligned", 0),
          new Part("list-coverage", "share of the listed name's token weight that aligned", 0),
          new Part("base", "the alignment score before the factors below", 0),
          new Part(
              "order", "0.97 when aligned tokens are neither in order nor reversed, else 1", 0),
          new Part(
              "legal-form", "0.95 when both names carry legal forms and none agree, else 1", 0),
          new Part("type", "0.9 for a query with a legal form against an individual, else 1", 0));

  private static final List<Part> RULE_PARTS =
      List.of(
          new Part("nickname", "the number of token pairs matched through nickname tables", 0),
          new Part(
              "unmatched-surname",
              "factor 0.85 when no token before the comma of a 'SURNAME, Given' name aligned",
              0),
          new Part(
              "single-token",
              "factor 0.9 when only one of two or more query tokens aligned (not organizations)",
              0),
          new Part(
              "no-anchor", "factor 0.92 when no aligned pair is exact, a variant or a nickname", 0),
          new Part(
              "unmatched-syllables", "factor 0.8 per unaligned token of a Han or Hangul query", 0),
          new Part(
              "unmatched-list",
              "factor 1 - 0.15 x share of listed tokens left over by a subset name",
              0),
          new Part(
              "final-vowel",
              "factor 0.9 per pair of an abjad query whose final vowel the listed token lacks",
              0),
          new Part(
              "weak-nickname",
              "factor 0.85 when a nickname is the only strong pair, or pairs with a listed al",
              0),
          new Part(
              "gendered-form",
              "factor 0.8 per pair of the masculine and feminine forms of one name",
              0));

  /** entity-v2's person-name rules, compound pairs and organization-name rules, in that order. */
  private static final List<Part> V2_RULE_PARTS =
      List.of(
          new Part("connector-pairs", "the number of 'son of' particles paired (bin = ibn)", 0),
          new Part(
              "vowel-skeletons",
              "the number of pairs with the same consonant skeleton (Muhammad / Mohammed)",
              0),
          new Part(
              "wade-giles",
              "the number of Wade-Giles syllable groups paired with their Pinyin (Tse-tung / Zedong)",
              0),
          new Part("joined-initials", "the number of joined initials paired (JC / Jean-Claude)", 0),
          new Part(
              "covered-syllables",
              "factor: the further syllables of a paired group cost nothing",
              0),
          new Part(
              "patronymic",
              "factor: an unaligned patronymic costs 0.1 of its weight when the other side has none",
              0),
          new Part("title", "factor: an unaligned title costs nothing", 0),
          new Part(
              "repeated-token", "factor: an unaligned repeat of an aligned token costs nothing", 0),
          new Part(
              "unmatched-connector", "factor: an unaligned connector costs 0.3 of its weight", 0),
          new Part(
              "substituted-token",
              "factor 0.85 when both long names keep a significant token unaligned (another person)",
              0),
          new Part("reversed-patronymic", "factor 0.7 when 'X bin Y' aligns with 'Y bin X'", 0),
          new Part(
              "distant-spelling", "factor 0.8 when a fuzzy pair is three or more edits apart", 0),
          new Part(
              "joined-tokens", "the number of token runs paired with their join (Good Will)", 0),
          new Part("acronym", "the number of acronyms paired with the words they abbreviate", 0),
          new Part(
              "number-words",
              "the number of numbers paired across digits and words (44 / Forty-Four)",
              0),
          new Part(
              "number-conflict",
              "factor 0.75 when one organization name writes a number and the other none",
              0),
          new Part(
              "place-conflict",
              "factor 0.82 when the countries two organization names name differ",
              0));

  private static final List<Part> ENTITY_PARTS =
      List.of(
          new Part("name", "the name score: the alignment with the name rules applied", 1),
          new Part(
              "birth-date",
              "agreeing birth dates raise the score, dates more than a year apart lower it",
              1),
          new Part("country", "a shared country raises the score, no shared country lowers it", 1),
          new Part(
              "party-type", "a person against a listed organization (or the reverse) lowers it", 1),
          new Part(
              "identifier",
              "the same identifier of the same kind raises the score to 0.95 (name >= 0.5)",
              1),
          new Part(
              "romanized-syllables",
              "Han or Hangul syllables matched by edit distance only lower the name (x 0.8 each)",
              1));

  private ScorePartDocs() {}

  /** The parts a scorer reports, in the order its explanations list them. */
  static List<Part> partsOf(String scorer) {
    List<Part> parts = new java.util.ArrayList<>(NAME_PARTS);
    if (scorer.startsWith("entity-")) {
      parts.addAll(RULE_PARTS);
      if (!scorer.equals(ScreeningQuery.DEFAULT_SCORER)) {
        parts.addAll(V2_RULE_PARTS);
      }
      parts.addAll(ENTITY_PARTS);
    }
    return parts;
  }

  /** The description of a part id, or a sentence naming it when this table does not know it. */
  static String describe(String id) {
    for (List<Part> group : List.of(NAME_PARTS, RULE_PARTS, V2_RULE_PARTS, ENTITY_PARTS)) {
      for (Part part : group) {
        if (part.id().equals(id)) {
          return part.description();
        }
      }
    }
    return "score part " + id + " (see " + URL + ")";
  }

  /** One scorer's description for {@code GET /algorithms}. */
  static String describeScorer(String scorer) {
    if (scorer.equals(ScreeningQuery.DEFAULT_SCORER)) {
      return "Interdict's entity scorer: the aligned-tokens name score with name rules and"
          + " nicknames, plus signed contributions of birth dates, countries, party type and"
          + " identifiers";
    }
    return scorer.startsWith("entity-")
        ? "Interdict's entity scorer with person- and organization-name rules (patronymics,"
            + " transliteration variants, joined tokens, acronyms, numbers, places): more"
            + " accurate than the default, a few times slower per query"
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
