package org.interdict.screening;

import java.util.List;
import org.interdict.model.PartyType;

/**
 * The name rules {@code entity-v1} adds to the alignment of {@code aligned-tokens-v1} (issue 11
 * point 4, ADR 012): factors for the kinds of weak evidence that made most names-only false alarms
 * on yente's non-sanctioned persons, each one a named score part (1.0 when it does not apply):
 *
 * <pre>
 *   unmatched-surname    {@value #SURNAME_MISSING}  the list writes "SURNAME, Given" (a person or a party of unknown
 *                        type) and no token before the comma is aligned: only given names agree
 *   single-token         {@value #SINGLE_PAIR}  the query has two or more tokens and just one is aligned, with a
 *                        listed person, vessel, aircraft or party of unknown type (a first name or
 *                        a surname alone in common); organizations keep their short names
 *   no-anchor            {@value #NO_ANCHOR}  no aligned pair is exact, a spelling variant or a nickname: every
 *                        token agrees only by edit distance, consonant skeleton or initial
 *   unmatched-syllables  {@value #SYLLABLE_LEFT}^k for a query written in Han or Hangul with k tokens left
 *                        unaligned on either side: each romanized syllable is a whole character of
 *                        the name, so a syllable the other name lacks is another given name
 *   unmatched-list       1 - {@value #LIST_LEFT} * (weight of the unaligned listed tokens / listed weight),
 *                        on top of the alignment's own list weight, so a subset name
 *                        ({@code Stephen Smith} for {@code STEPHEN EDWARD SMITH}) loses a little more,
 *                        in proportion to how informative (long and rare) the tokens it lacks are;
 *                        only when every query token is aligned (a subset, not a typo)
 * </pre>
 *
 * The values were chosen on the tuning data only (docs/benchmarks.md, "Names-only false alarms").
 * Under entity-v2, after these parts come the person-name rules ({@link PersonRules}: {@code
 * connector-pairs}, {@code vowel-skeletons}, {@code wade-giles}, {@code joined-initials}, {@code
 * covered-syllables}, {@code patronymic}, {@code title}, {@code repeated-token}, {@code
 * unmatched-connector}, {@code substituted-token}, {@code reversed-patronymic}, {@code
 * distant-spelling}), for listed persons and parties of unknown type; their discounts also shrink
 * the share {@code unmatched-list} charges. Stateless; allocates only the array of its parts.
 */
final class NameRules {
  static final double SURNAME_MISSING = 0.85;
  static final double SINGLE_PAIR = 0.9;
  static final double NO_ANCHOR = 0.92;
  static final double SYLLABLE_LEFT = 0.88;
  static final double LIST_LEFT = 0.15;

  /** Below this score before the rules, the comma check is skipped (nothing left to lower). */
  private static final double CHECK_FROM = 0.5;

  static final List<String> PART_IDS =
      List.of(
          "nickname",
          "unmatched-surname",
          "single-token",
          "no-anchor",
          "unmatched-syllables",
          "unmatched-list");

  private NameRules() {}

  /**
   * The rule parts of one alignment, in {@link #PART_IDS} order: the number of nickname pairs, then
   * the five factors.
   */
  static double[] parts(
      IndexData data,
      PreparedQuery query,
      int name,
      int[] qs,
      int[] ns,
      double[] sims,
      int nicknames,
      double unmatchedListShare,
      double before) {
    int[] nameTokens = data.nameTokens[name];
    PartyType type = data.parties[data.nameParty[name]].type();
    double best = 0;
    for (int i = 0; i < qs.length; i++) {
      best = Math.max(best, sims[i]);
    }
    boolean person = type == PartyType.INDIVIDUAL || type == PartyType.UNKNOWN;
    double surname =
        person && qs.length > 0 && before >= CHECK_FROM && surnameUnaligned(data, name, ns)
            ? SURNAME_MISSING
            : 1.0;
    double single =
        qs.length == 1 && query.tokens.length >= 2 && type != PartyType.ENTITY ? SINGLE_PAIR : 1.0;
    double anchor =
        qs.length > 0 && best < TokenSimilarity.VARIANT - 1e-6 && nicknames == 0 ? NO_ANCHOR : 1.0;
    int left = query.tokens.length - qs.length + nameTokens.length - qs.length;
    double syllables = query.hanOrHangul && left > 0 ? Math.pow(SYLLABLE_LEFT, left) : 1.0;
    // a subset name: every query token found a partner and listed tokens are left over; when both
    // sides keep tokens (a typo, a replaced name) the alignment's coverage already charges for it
    double list = qs.length == query.tokens.length ? 1.0 - LIST_LEFT * unmatchedListShare : 1.0;
    return new double[] {nicknames, surname, single, anchor, syllables, list};
  }

  /** The product of the factors of {@link #parts}. */
  static double factor(double[] parts) {
    double product = 1.0;
    for (int i = 1; i < parts.length; i++) {
      product *= parts[i];
    }
    return product;
  }

  /**
   * The words of {@code text} between {@code from} and {@code to} as the pipeline splits them
   * (whitespace and hyphens; apostrophes and dots stay inside a word), counting those with a letter
   * or digit; without normalizing, so without allocation. Honorifics the pipeline drops still
   * count, which only makes the rule apply less often.
   */
  static int words(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '-') {
        inWord = false;
      } else if (!inWord && Character.isLetterOrDigit(c)) {
        inWord = true;
        words++;
      }
    }
    return words;
  }

  /**
   * Whether the listed name is written "SURNAME, Given" and none of the tokens before its comma is
   * aligned.
   */
  private static boolean surnameUnaligned(IndexData data, int name, int[] ns) {
    for (int n : ns) {
      if (n == 0) {
        return false; // the first listed token is aligned: the surname, or no comma form at all
      }
    }
    String text = data.nameText[name];
    int comma = text.indexOf(',');
    if (comma <= 0 || comma == text.length() - 1) {
      return false;
    }
    int surnameTokens = words(text, 0, comma);
    int givenTokens = words(text, comma + 1, text.length());
    if (surnameTokens == 0 || givenTokens == 0) {
      return false;
    }
    for (int n : ns) {
      if (n < surnameTokens) {
        return false;
      }
    }
    return true;
  }
}
