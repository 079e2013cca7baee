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
 *   final-vowel          {@value #FINAL_VOWEL}^k for a query written in an abjad with k pairs matched by consonant
 *                        skeleton or edit distance where one token ends in a vowel and the other in a
 *                        consonant: an abjad writes its long vowels, so a final one the listed name lacks
 *                        ({@code احمدی} ahmdy / {@code AHMED}, {@code حسنا} hsna / {@code HASAN}) is
 *                        another name (the Persian -i of Ahmadi, the feminine -a of Hosna), not a
 *                        romanization; a final h or t (ta marbuta, silent he) may stand for either
 *   weak-nickname        {@value #WEAK_NICKNAME} when a nickname pair is the only evidence beyond edit distance and
 *                        initials (no exact or variant pair: {@code Donald Turner} / {@code DON T}), or
 *                        when a nickname pairs with a listed {@code al}, in list names mostly the
 *                        Arabic or Spanish article ({@code Allen Gonzalez} / {@code EL CHUY GONZALEZ})
 *   gendered-form        {@value #GENDERED}^k for k pairs (not exact) of the masculine and feminine forms of one name
 *                        ({@code Luisa} / {@code LUIS}, {@code Valentina} / {@code Valentin}, {@code
 *                        Lebedeva} / {@code LEBEDEV}, {@code Maria} / {@code MARIO}): another person
 * </pre>
 *
 * For {@code unmatched-syllables} the aligned tokens are counted once each (a joined pair aligns
 * two syllables with one listed token), and a nickname pair counts as one syllable left on each
 * side: the nickname tables are for given names written in Latin letters, not for syllables.
 *
 * <p>The values were chosen on the tuning data only (docs/benchmarks.md, "Names-only false
 * alarms"). Under entity-v2, after these parts come the person-name rules ({@link PersonRules}:
 * {@code connector-pairs}, {@code vowel-skeletons}, {@code wade-giles}, {@code joined-initials},
 * {@code covered-syllables}, {@code patronymic}, {@code title}, {@code repeated-token}, {@code
 * unmatched-connector}, {@code substituted-token}, {@code reversed-patronymic}, {@code
 * distant-spelling}), for listed persons and parties of unknown type; their discounts also shrink
 * the share {@code unmatched-list} charges. Stateless; allocates only the array of its parts.
 */
final class NameRules {
  static final double SURNAME_MISSING = 0.85;
  static final double SINGLE_PAIR = 0.9;
  static final double NO_ANCHOR = 0.92;
  static final double SYLLABLE_LEFT = 0.8;
  static final double LIST_LEFT = 0.15;
  static final double FINAL_VOWEL = 0.9;
  static final double WEAK_NICKNAME = 0.85;

  static final double GENDERED = 0.8;

  /**
   * How a token ends, for {@code final-vowel}: a letter that may be read either way, a consonant, a
   * vowel of the a, i or u kind, or (a listed token only) an e, which may stand for any.
   */
  static final byte EITHER = 0;

  static final byte CONSONANT = 1;
  static final byte A = 2;
  static final byte I = 3;
  static final byte U = 4;
  static final byte E = 5;

  /** Below this score before the rules, the comma check is skipped (nothing left to lower). */
  private static final double CHECK_FROM = 0.5;

  static final List<String> PART_IDS =
      List.of(
          "nickname",
          "unmatched-surname",
          "single-token",
          "no-anchor",
          "unmatched-syllables",
          "unmatched-list",
          "final-vowel",
          "weak-nickname",
          "gendered-form");

  /** How many of the first parts are counts (the nickname pairs), not factors. */
  static final int COUNTS = 1;

  private NameRules() {}

  /**
   * The rule parts of one alignment, in {@link #PART_IDS} order: the number of nickname pairs, then
   * the factors.
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
    double syllables = 1.0;
    if (query.hanOrHangul) {
      int left = query.tokens.length - distinct(qs) + nameTokens.length - distinct(ns);
      for (double sim : sims) {
        left += sim == TokenSimilarity.NICKNAME ? 2 : 0;
      }
      syllables = Math.pow(SYLLABLE_LEFT, left);
    }
    // a subset name: every query token found a partner and listed tokens are left over; when both
    // sides keep tokens (a typo, a replaced name) the alignment's coverage already charges for it
    double list = qs.length == query.tokens.length ? 1.0 - LIST_LEFT * unmatchedListShare : 1.0;
    double vowels =
        query.abjad
            ? Math.pow(FINAL_VOWEL, finalVowelMismatches(data, query, name, qs, ns, sims))
            : 1.0;
    double nickname =
        nicknames > 0 && weakNickname(data, nameTokens, ns, sims) ? WEAK_NICKNAME : 1.0;
    double gendered = 1.0;
    for (int i = 0; i < qs.length; i++) {
      if (sims[i] < 1.0 && genderedForms(query.tokens[qs[i]], data.tokens[nameTokens[ns[i]]])) {
        gendered *= GENDERED;
      }
    }
    return new double[] {
      nicknames, surname, single, anchor, syllables, list, vowels, nickname, gendered
    };
  }

  /**
   * Whether two tokens are the masculine and feminine forms of one name: the longer is the shorter
   * with a feminine ending ({@code Valentin} / {@code Valentina}, {@code Lebedev} / {@code
   * Lebedeva}, {@code Jamal} / {@code Jamalia}, {@code Hasan} / {@code Hasanah}, {@code Daniel} /
   * {@code Danielle}, {@code Yevgeny} / {@code Yevgeniya}), or both end in o and a after the same
   * letters ({@code Mario} / {@code Maria}). Compares characters in place, without allocation.
   */
  static boolean genderedForms(String one, String other) {
    String shorter = one.length() <= other.length() ? one : other;
    String longer = shorter == one ? other : one;
    int n = shorter.length();
    if (n < 3) {
      return false;
    }
    int extra = longer.length() - n;
    if (extra == 0) {
      char a = shorter.charAt(n - 1);
      char b = longer.charAt(n - 1);
      return ((a == 'o' && b == 'a') || (a == 'a' && b == 'o'))
          && shorter.regionMatches(0, longer, 0, n - 1);
    }
    if (extra > 2) {
      return false;
    }
    if (!longer.startsWith(shorter)) {
      // Yevgeny / Yevgeniya: the final y of the masculine is the i of the feminine
      char last = shorter.charAt(n - 1);
      return extra == 2
          && (last == 'y' || last == 'i')
          && longer.regionMatches(0, shorter, 0, n - 1)
          && longer.startsWith("iya", n - 1);
    }
    // a single added a only after a consonant other than h: Arefullah / Arefullaha is noise
    return extra == 1
        ? longer.charAt(n) == 'a' && "aeiouh".indexOf(shorter.charAt(n - 1)) < 0
        : longer.startsWith("ia", n)
            || longer.startsWith("ya", n)
            || longer.startsWith("ah", n)
            || (longer.startsWith("le", n) && shorter.charAt(n - 1) == 'l');
  }

  /**
   * How many distinct positions {@code positions} holds (a joined pair repeats one); no allocation.
   */
  private static int distinct(int[] positions) {
    int distinct = 0;
    for (int i = 0; i < positions.length; i++) {
      boolean seen = false;
      for (int k = 0; k < i && !seen; k++) {
        seen = positions[k] == positions[i];
      }
      distinct += seen ? 0 : 1;
    }
    return distinct;
  }

  /**
   * How a token ends ({@link #A}, {@link #I}, {@link #U}, {@link #E}, {@link #CONSONANT} or {@link
   * #EITHER}). An abjad's romanization writes its long vowels as a, y (i) and w (u); a final h or t
   * (ta marbuta, the silent Persian he) may be read as a vowel, and so may a listed final h ({@code
   * Fatemeh}).
   */
  static byte ending(String token, boolean abjad) {
    char last = token.charAt(token.length() - 1);
    if (last == 'h' || (abjad && last == 't')) {
      return EITHER;
    }
    return switch (last) {
      case 'a' -> A;
      case 'i', 'y' -> I;
      case 'u', 'o' -> U;
      case 'w' -> abjad ? U : CONSONANT;
      case 'e' -> abjad ? I : E;
      default -> CONSONANT;
    };
  }

  /**
   * Whether an abjad query token ending {@code query} may be romanized as a listed token ending
   * {@code listed}: the same kind, or a final y (alef maksura, {@code موسى} mwsy) for a listed a
   * ({@code MUSA}), or a listed e for any vowel.
   */
  static boolean endingsAgree(byte query, byte listed) {
    if (query == EITHER || listed == EITHER) {
      return true;
    }
    if ((query == CONSONANT) != (listed == CONSONANT)) {
      return false;
    }
    return query == listed || listed == E || (query == I && listed == A);
  }

  /**
   * The pairs of an abjad query matched by consonant skeleton or edit distance (below a spelling
   * variant, not a nickname, no initial) where one token ends in a vowel and the other in a
   * consonant.
   */
  static int finalVowelMismatches(
      IndexData data, PreparedQuery query, int name, int[] qs, int[] ns, double[] sims) {
    int[] nameTokens = data.nameTokens[name];
    int mismatches = 0;
    for (int i = 0; i < qs.length; i++) {
      String listToken = data.tokens[nameTokens[ns[i]]];
      if (sims[i] >= TokenSimilarity.VARIANT - 1e-6
          || sims[i] == TokenSimilarity.NICKNAME
          || listToken.length() < 2
          || query.tokens[qs[i]].length() < 2) {
        continue;
      }
      if (!endingsAgree(query.endings[qs[i]], ending(listToken, false))) {
        mismatches++;
      }
    }
    return mismatches;
  }

  /**
   * Whether the alignment's nickname pairs are weak evidence: no pair is exact or a spelling
   * variant, or a nickname pairs with a listed {@code al} (mostly an article).
   */
  private static boolean weakNickname(IndexData data, int[] nameTokens, int[] ns, double[] sims) {
    boolean anchored = false;
    for (int i = 0; i < sims.length; i++) {
      anchored |= sims[i] >= TokenSimilarity.VARIANT - 1e-6;
      if (sims[i] == TokenSimilarity.NICKNAME && data.tokens[nameTokens[ns[i]]].equals("al")) {
        return true;
      }
    }
    return !anchored;
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
