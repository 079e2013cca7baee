package org.interdict.screening;

import java.util.List;
import org.interdict.model.PartyType;
import org.interdict.text.VariantKey;

/**
 * The person-name rules of {@code entity-v2} (issue 11, stop 11; ADR 012 "Stop 11 rules"), applied
 * after the alignment and its nicknames when the listed party is a person or of unknown type. Three
 * pairings of tokens the alignment left over, then factors:
 *
 * <pre>
 *   connector-pairs      count  "son of" / "daughter of" particles of one kind pair with each other
 *                               (bin = ibn = ben = ould, bint = binti) at {@value TokenSimilarity#VARIANT}
 *   vowel-skeletons      count  two tokens of 4+ letters, lengths at most one apart, with the same last letter,
 *                               consonant skeleton (3+ consonants) and first letter (or both vowel-initial): Arabic
 *                               romanizations write the unwritten short vowels differently (Muhammad / Mohammed);
 *                               at {@value TokenSimilarity#CONSONANTS}
 *   wade-giles           count  1-3 consecutive Wade-Giles syllables on one side whose Pinyin is a token of the other
 *                               (Tse-tung / Zedong, Hsi / Xi), at {@value TokenSimilarity#VARIANT}; the further
 *                               syllables of the group are covered
 *   covered-syllables    factor the covered syllables cost nothing
 *   patronymic           factor an unaligned East Slavic patronymic (-ovich, -evich, -ich, -ovna, -evna, -ichna...) or
 *                               a Turkic "oglu"/"kyzy" with the father's name before it costs {@value #PATRONYMIC_SHARE}
 *                               of its weight, when the other side has no unaligned patronymic (two different ones are
 *                               two fathers)
 *   title                factor an unaligned title the normalization keeps (president, monsieur, senor...) costs 0
 *   repeated-token       factor an unaligned token equal to an aligned token of its own side costs 0, when the other
 *                               side has no unaligned significant token (Sergey Sergey Shoigu)
 *   unmatched-connector  factor an unaligned connector costs {@value #CONNECTOR_SHARE} of its weight
 *   substituted-token    factor {@value #SUBSTITUTED} when both names have 3+ significant tokens (not particles,
 *                               connectors, titles or discounted patronymics) and each keeps a significant token
 *                               unaligned that is not near the other's (similarity below {@value #NEAR_MISS}): another
 *                               father, grandfather or clan name, so another person
 *   reversed-patronymic  factor {@value #REVERSED} when "X bin Y" on one side aligns with "Y bin X" on the other: the
 *                               son and the father swapped, two persons
 *   initial-conflict     factor {@value #INITIAL_CONFLICT} when an unaligned initial on one side stands against
 *                               unaligned names or initials on the other, none with its first letter ({@code Hans
 *                               O Friedrich} / {@code Hans Joachim Friedrich}, {@code William G Frost} / {@code
 *                               William W Frost}): another middle name, so another person
 * </pre>
 *
 * Each discount factor is the ratio of the alignment's denominator ({@code sum wq + B * sum wl})
 * before and after the discount, so {@code base * factor} is the base with those tokens costing
 * their share; the factors apply in the order above and are 1.0 when they do not apply. The values
 * were chosen on the tuning half of nomenklatura's cases only (docs/benchmarks.md, "Person-name
 * rules"). Each side of a comparison is a {@link Side}: its tokens with what {@link PersonTokens}
 * read of them once (kinds as bits, consonant skeletons), so a candidate costs bit tests and key
 * comparisons. Stateless.
 */
final class PersonRules {
  static final double PATRONYMIC_SHARE = 0.1;
  static final double CONNECTOR_SHARE = 0.3;
  static final double SUBSTITUTED = 0.85;
  static final double REVERSED = 0.7;
  static final double NEAR_MISS = 0.7;
  static final double DISTANT = 0.8;
  static final double INITIAL_CONFLICT = 0.85;
  static final int DISTANT_EDITS = 3;
  static final int SUBSTITUTED_MIN_TOKENS = 4;

  /** The part ids, in order: the pair counts, then the factors. */
  static final List<String> PART_IDS =
      List.of(
          "connector-pairs",
          "vowel-skeletons",
          "wade-giles",
          "joined-initials",
          "covered-syllables",
          "patronymic",
          "title",
          "repeated-token",
          "unmatched-connector",
          "substituted-token",
          "reversed-patronymic",
          "initial-conflict",
          "distant-spelling");

  /** How many of the first parts are counts, not factors. */
  static final int COUNTS = 4;

  private PersonRules() {}

  /**
   * One side of a comparison: normalized tokens, their variant keys, consonant skeletons, {@link
   * PersonTokens} kind bits and weights, all parallel.
   */
  record Side(String[] tokens, String[] keys, String[] skeletons, int[] flags, float[] weights) {
    int size() {
      return tokens.length;
    }

    boolean is(int i, int kind) {
      return (flags[i] & kind) != 0;
    }
  }

  /** Whether the rules apply to a listed name: a person's or one of unknown type. */
  static boolean applies(IndexData data, int name) {
    PartyType type = data.parties[data.nameParty[name]].type();
    return type == PartyType.INDIVIDUAL || type == PartyType.UNKNOWN;
  }

  /** What the pairings did: their counts and the tokens a Wade-Giles group covers. */
  record Pairing(
      int pairs,
      int connectors,
      int skeletons,
      int wadeGiles,
      int initials,
      boolean[] coveredQ,
      boolean[] coveredN) {}

  /**
   * Pairs leftover tokens by the four pairings, in the arrays of the alignment; returns the new
   * pair count with what was paired.
   */
  static Pairing pair(
      Side query,
      Side list,
      boolean[] usedQ,
      boolean[] usedN,
      int[] qs,
      int[] ns,
      double[] sims,
      int pairs) {
    int start = pairs;
    for (int q = 0; q < usedQ.length && pairs < qs.length; q++) {
      int kind = query.flags()[q] & PersonTokens.CONNECTOR;
      if (usedQ[q] || kind == 0) {
        continue;
      }
      for (int j = 0; j < usedN.length; j++) {
        if (!usedN[j] && list.is(j, kind)) {
          pairs = add(q, j, TokenSimilarity.VARIANT, usedQ, usedN, qs, ns, sims, pairs);
          break;
        }
      }
    }
    int connectors = pairs - start;
    start = pairs;
    for (int q = 0; q < usedQ.length && pairs < qs.length; q++) {
      if (usedQ[q] || !skeletonCandidate(query, q)) {
        continue;
      }
      for (int j = 0; j < usedN.length; j++) {
        if (!usedN[j] && sameSkeleton(query, q, list, j)) {
          pairs = add(q, j, TokenSimilarity.CONSONANTS, usedQ, usedN, qs, ns, sims, pairs);
          break;
        }
      }
    }
    int skeletons = pairs - start;
    start = pairs;
    boolean[] coveredQ = new boolean[usedQ.length];
    boolean[] coveredN = new boolean[usedN.length];
    pairs = wadeGiles(query, list, usedQ, usedN, coveredQ, qs, ns, sims, pairs);
    pairs = wadeGiles(list, query, usedN, usedQ, coveredN, ns, qs, sims, pairs);
    int wadeGilesPairs = pairs - start;
    start = pairs;
    pairs = initials(query, list, usedQ, usedN, coveredN, qs, ns, sims, pairs);
    pairs = initials(list, query, usedN, usedQ, coveredQ, ns, qs, sims, pairs);
    return new Pairing(
        pairs, connectors, skeletons, wadeGilesPairs, pairs - start, coveredQ, coveredN);
  }

  /**
   * Pairs an unaligned token of two or three consonants ({@code JC}, {@code JFK}) with as many
   * consecutive unaligned tokens of the other side that start with its letters ({@code Jean
   * Claude}): the first at {@value TokenSimilarity#INITIAL}, the others covered.
   */
  private static int initials(
      Side from,
      Side to,
      boolean[] usedFrom,
      boolean[] usedTo,
      boolean[] coveredTo,
      int[] fromPositions,
      int[] toPositions,
      double[] sims,
      int pairs) {
    for (int i = 0; i < from.size() && pairs < fromPositions.length; i++) {
      if (usedFrom[i] || !from.is(i, PersonTokens.JOINED_INITIALS)) {
        continue;
      }
      String token = from.tokens()[i];
      for (int j = 0; j + token.length() <= to.size(); j++) {
        boolean spells = true;
        for (int k = 0; k < token.length() && spells; k++) {
          String word = to.tokens()[j + k];
          spells =
              !usedTo[j + k]
                  && !coveredTo[j + k]
                  && word.length() > 1
                  && word.charAt(0) == token.charAt(k);
        }
        if (spells) {
          usedFrom[i] = true;
          usedTo[j] = true;
          fromPositions[pairs] = i;
          toPositions[pairs] = j;
          sims[pairs] = TokenSimilarity.INITIAL;
          pairs++;
          for (int k = 1; k < token.length(); k++) {
            coveredTo[j + k] = true;
          }
          break;
        }
      }
    }
    return pairs;
  }

  private static int add(
      int q,
      int j,
      double sim,
      boolean[] usedQ,
      boolean[] usedN,
      int[] qs,
      int[] ns,
      double[] sims,
      int pairs) {
    usedQ[q] = true;
    usedN[j] = true;
    qs[pairs] = q;
    ns[pairs] = j;
    sims[pairs] = sim;
    return pairs + 1;
  }

  /**
   * Pairs groups of unaligned Wade-Giles syllables of {@code from} with an unaligned token of
   * {@code to} that is their Pinyin (either side may be {@code from}: the arrays are then passed
   * list first). Only tokens marked {@link PersonTokens#SYLLABLE} start a group, so a name without
   * one costs a bit test per token.
   */
  private static int wadeGiles(
      Side from,
      Side to,
      boolean[] usedFrom,
      boolean[] usedTo,
      boolean[] covered,
      int[] fromPositions,
      int[] toPositions,
      double[] sims,
      int pairs) {
    String[] fromTokens = from.tokens();
    for (int i = 0; i < fromTokens.length && pairs < fromPositions.length; i++) {
      if (!from.is(i, PersonTokens.SYLLABLE)) {
        continue;
      }
      for (int length = syllableRun(from, i); length >= 1; length--) {
        if (anyUsed(usedFrom, covered, i, length)
            || (length == 1 && !from.is(i, PersonTokens.MARKED))) {
          continue;
        }
        List<String> pinyin = WadeGiles.pinyin(fromTokens, i, length);
        int match = -1;
        for (int j = 0; j < to.size() && match < 0; j++) {
          if (!usedTo[j]
              && !to.tokens()[j].equals(fromTokens[i])
              && pinyin.contains(to.tokens()[j])) {
            match = j;
          }
        }
        if (match >= 0) {
          usedFrom[i] = true;
          usedTo[match] = true;
          fromPositions[pairs] = i;
          toPositions[pairs] = match;
          sims[pairs] = TokenSimilarity.VARIANT;
          pairs++;
          for (int k = i + 1; k < i + length; k++) {
            covered[k] = true;
          }
          break;
        }
      }
    }
    return pairs;
  }

  /** How many Wade-Giles syllables (at most three) run from token {@code i}. */
  static int syllableRun(Side side, int i) {
    int length = 0;
    while (length < 3 && i + length < side.size() && side.is(i + length, PersonTokens.SYLLABLE)) {
      length++;
    }
    return length;
  }

  private static boolean anyUsed(boolean[] used, boolean[] covered, int from, int length) {
    for (int k = from; k < from + length; k++) {
      if (used[k] || covered[k]) {
        return true;
      }
    }
    return false;
  }

  static boolean connector(Side side, int i) {
    return side.is(i, PersonTokens.CONNECTOR);
  }

  /**
   * Whether token {@code i} may pair by its skeleton at all: four letters or more, no connector.
   */
  static boolean skeletonCandidate(Side side, int i) {
    return side.tokens()[i].length() >= 4
        && !connector(side, i)
        && side.skeletons()[i].length() >= 3;
  }

  /**
   * Two tokens of 4+ letters, lengths at most one apart, with the same last letter, consonant
   * skeleton (3+ consonants) and first letter (or both vowel-initial).
   */
  static boolean sameSkeleton(Side one, int i, Side other, int j) {
    return sameSkeleton(
        one.tokens()[i],
        one.skeletons()[i],
        one.flags()[i],
        other.tokens()[j],
        other.skeletons()[j],
        other.flags()[j]);
  }

  /** {@link #sameSkeleton(Side, int, Side, int)} on two tokens with their skeletons and kinds. */
  static boolean sameSkeleton(
      String a, String skeletonA, int flagsA, String b, String skeletonB, int flagsB) {
    if (a.length() < 4
        || b.length() < 4
        || Math.abs(a.length() - b.length()) > 1
        || a.charAt(a.length() - 1) != b.charAt(b.length() - 1)
        || (flagsA & PersonTokens.CONNECTOR) != 0
        || (flagsB & PersonTokens.CONNECTOR) != 0) {
      return false; // another length or ending: Stephen / Stephanie, Bruno / Briana
    }
    boolean vowelA = "aeiou".indexOf(a.charAt(0)) >= 0;
    boolean vowelB = "aeiou".indexOf(b.charAt(0)) >= 0;
    if (vowelA != vowelB || (!vowelA && a.charAt(0) != b.charAt(0))) {
      return false;
    }
    return skeletonA.length() >= 3 && skeletonA.equals(skeletonB);
  }

  /** {@link #sameSkeleton(Side, int, Side, int)} for two tokens read on their own. */
  static boolean sameSkeleton(String a, String b) {
    return sameSkeleton(side(a), 0, side(b), 0);
  }

  /** Whether token {@code i} of a name is a patronymic (or the father's name before "oglu"). */
  static boolean patronymic(Side side, int i) {
    return side.is(i, PersonTokens.TURKIC | PersonTokens.PATRONYMIC_ENDING)
        || (i + 1 < side.size() && side.is(i + 1, PersonTokens.TURKIC));
  }

  /** {@link #patronymic(Side, int)} for tokens read on their own. */
  static boolean patronymic(String[] tokens, int i) {
    return patronymic(side(tokens), i);
  }

  /** A side of standalone tokens (weights 1), for the static checks and tests. */
  static Side side(String... tokens) {
    String[] keys = new String[tokens.length];
    float[] weights = new float[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      keys[i] = VariantKey.of(tokens[i]);
      weights[i] = 1f;
    }
    return side(tokens, keys, weights);
  }

  /** A side of tokens with their variant keys and weights (a query's, read once per query). */
  static Side side(String[] tokens, String[] keys, float[] weights) {
    return side(null, tokens, keys, weights);
  }

  /**
   * A query's side against {@code data}: what the index already read of a token it holds is taken
   * from the index ({@code data} may be null).
   */
  static Side side(IndexData data, String[] tokens, String[] keys, float[] weights) {
    int n = tokens.length;
    String[] skeletons = new String[n];
    int[] flags = new int[n];
    for (int i = 0; i < n; i++) {
      Integer known = data == null ? null : data.tokenIds.get(tokens[i]);
      skeletons[i] = known == null ? PersonTokens.skeleton(keys[i]) : data.skeleton(known);
      flags[i] = known == null ? PersonTokens.of(tokens[i]) : data.personFlags(known);
    }
    return new Side(tokens, keys, skeletons, flags, weights);
  }

  /** The factor parts of {@link #PART_IDS} and the listed weight that stopped costing. */
  record Factors(double[] values, double listDiscount) {}

  /**
   * The factors of one alignment ({@link #PART_IDS} after the counts) and the discounted listed
   * weight, from both sides and which of their tokens are used (aligned) or covered. {@code
   * denominator} is the alignment's {@code sum wq + B * sum wl}.
   */
  static Factors factors(
      Side query,
      Side list,
      boolean[] usedQ,
      boolean[] usedN,
      Pairing pairing,
      int[] qs,
      int[] ns,
      double[] sims,
      double denominator) {
    double b = AlignmentScorer.LIST_WEIGHT;
    boolean[] coveredQ = pairing.coveredQ();
    boolean[] coveredN = pairing.coveredN();
    boolean patronymicQ = anyUnalignedPatronymic(query, usedQ, coveredQ);
    boolean patronymicN = anyUnalignedPatronymic(list, usedN, coveredN);
    double d = denominator;
    double before = d;
    double listDiscount = covered(list.weights(), coveredN);
    d -= covered(query.weights(), coveredQ) + b * listDiscount;
    double syllables = ratio(before, d);
    before = d;
    if (patronymicQ && !patronymicN) {
      d -= costOf(query, usedQ, coveredQ, Kind.PATRONYMIC);
    } else if (patronymicN && !patronymicQ) {
      double listCost = costOf(list, usedN, coveredN, Kind.PATRONYMIC);
      listDiscount += listCost;
      d -= b * listCost;
    }
    double patronymic = ratio(before, d);
    before = d;
    double listTitles = costOf(list, usedN, coveredN, Kind.TITLE);
    listDiscount += listTitles;
    d -= costOf(query, usedQ, coveredQ, Kind.TITLE) + b * listTitles;
    double title = ratio(before, d);
    before = d;
    boolean both = patronymicQ && patronymicN;
    boolean significantQ = significantUnaligned(query, usedQ, coveredQ, both);
    boolean significantN = significantUnaligned(list, usedN, coveredN, both);
    if (!significantN) {
      d -= repeated(query, usedQ, coveredQ);
    }
    if (!significantQ) {
      double listRepeats = repeated(list, usedN, coveredN);
      listDiscount += listRepeats;
      d -= b * listRepeats;
    }
    double repeated = ratio(before, d);
    before = d;
    double listConnectors = costOf(list, usedN, coveredN, Kind.CONNECTOR);
    listDiscount += listConnectors;
    d -= costOf(query, usedQ, coveredQ, Kind.CONNECTOR) + b * listConnectors;
    double connector = ratio(before, d);
    double substituted =
        significantQ
                && significantN
                && significantCount(query, both) >= SUBSTITUTED_MIN_TOKENS
                && significantCount(list, both) >= SUBSTITUTED_MIN_TOKENS
                && farApart(query, usedQ, coveredQ, list, usedN, coveredN, both)
            ? SUBSTITUTED
            : 1.0;
    double reversed = reversed(query, list, qs, ns) ? REVERSED : 1.0;
    double initial =
        initialConflict(query, usedQ, coveredQ, list, usedN, coveredN)
                || initialConflict(list, usedN, coveredN, query, usedQ, coveredQ)
            ? INITIAL_CONFLICT
            : 1.0;
    double distant = distant(query, list, qs, ns, sims) ? DISTANT : 1.0;
    return new Factors(
        new double[] {
          syllables, patronymic, title, repeated, connector, substituted, reversed, initial, distant
        },
        listDiscount);
  }

  /** The product of the factor parts (those after the {@link #COUNTS} counts). */
  static double factor(double[] parts) {
    double product = 1.0;
    for (int i = COUNTS; i < parts.length; i++) {
      product *= parts[i];
    }
    return product;
  }

  private enum Kind {
    PATRONYMIC,
    TITLE,
    CONNECTOR
  }

  private static double ratio(double before, double after) {
    return after <= 0 || before <= after ? 1.0 : before / after;
  }

  private static double covered(float[] weights, boolean[] covered) {
    double total = 0;
    for (int i = 0; i < covered.length; i++) {
      if (covered[i]) {
        total += weights[i];
      }
    }
    return total;
  }

  /** The weight the unaligned tokens of one kind stop costing. */
  private static double costOf(Side side, boolean[] used, boolean[] covered, Kind kind) {
    double total = 0;
    for (int i = 0; i < side.size(); i++) {
      if (used[i] || covered[i]) {
        continue;
      }
      switch (kind) {
        case PATRONYMIC -> {
          if (patronymic(side, i)) {
            total += side.weights()[i] * (1 - PATRONYMIC_SHARE);
          }
        }
        case TITLE -> {
          if (side.is(i, PersonTokens.TITLE)) {
            total += side.weights()[i];
          }
        }
        case CONNECTOR -> {
          if (connector(side, i)) {
            total += side.weights()[i] * (1 - CONNECTOR_SHARE);
          }
        }
      }
    }
    return total;
  }

  private static double repeated(Side side, boolean[] used, boolean[] covered) {
    String[] tokens = side.tokens();
    double total = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (used[i] || covered[i] || tokens[i].length() < 2) {
        continue;
      }
      for (int k = 0; k < tokens.length; k++) {
        if (k != i && used[k] && tokens[k].equals(tokens[i])) {
          total += side.weights()[i];
          break;
        }
      }
    }
    return total;
  }

  private static boolean anyUnalignedPatronymic(Side side, boolean[] used, boolean[] covered) {
    for (int i = 0; i < side.size(); i++) {
      if (!used[i] && !covered[i] && patronymic(side, i)) {
        return true;
      }
    }
    return false;
  }

  private static final int NEVER_SIGNIFICANT =
      PersonTokens.PARTICLE | PersonTokens.CONNECTOR | PersonTokens.TITLE | PersonTokens.TURKIC;

  /**
   * Whether a token counts as significant: three letters or more, not a particle, connector, title
   * or (when {@code patronymicsCount} is false) patronymic.
   */
  private static boolean significant(Side side, int i, boolean patronymicsCount) {
    return side.tokens()[i].length() > 2
        && !side.is(i, NEVER_SIGNIFICANT)
        && (patronymicsCount || !patronymic(side, i));
  }

  private static int significantCount(Side side, boolean patronymicsCount) {
    int count = 0;
    for (int i = 0; i < side.size(); i++) {
      if (significant(side, i, patronymicsCount)) {
        count++;
      }
    }
    return count;
  }

  private static boolean significantUnaligned(
      Side side, boolean[] used, boolean[] covered, boolean patronymicsCount) {
    for (int i = 0; i < side.size(); i++) {
      if (!used[i] && !covered[i] && significant(side, i, patronymicsCount)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each side keeps a significant token unaligned and no two of them are near each other (a
   * near miss is a spelling, not another name).
   */
  private static boolean farApart(
      Side query,
      boolean[] usedQ,
      boolean[] coveredQ,
      Side list,
      boolean[] usedN,
      boolean[] coveredN,
      boolean patronymicsCount) {
    boolean queryLeft = false;
    boolean listLeft = false;
    for (int q = 0; q < query.size(); q++) {
      if (usedQ[q] || coveredQ[q] || !significant(query, q, patronymicsCount)) {
        continue;
      }
      queryLeft = true;
      for (int j = 0; j < list.size(); j++) {
        if (usedN[j] || coveredN[j] || !significant(list, j, patronymicsCount)) {
          continue;
        }
        listLeft = true;
        if (TokenSimilarity.of(query.tokens()[q], query.keys()[q], list.tokens()[j], list.keys()[j])
            >= NEAR_MISS) {
          return false;
        }
      }
    }
    return queryLeft && listLeft;
  }

  /**
   * Whether side {@code a} keeps an unaligned initial while side {@code b} keeps unaligned names or
   * initials (not particles, connectors or titles) and none of them begins with that letter.
   */
  static boolean initialConflict(
      Side a, boolean[] usedA, boolean[] coveredA, Side b, boolean[] usedB, boolean[] coveredB) {
    for (int i = 0; i < a.size(); i++) {
      String initial = a.tokens()[i];
      if (usedA[i]
          || coveredA[i]
          || initial.length() != 1
          || !Character.isLetter(initial.charAt(0))) {
        continue;
      }
      boolean other = false;
      boolean same = false;
      for (int j = 0; j < b.size(); j++) {
        if (usedB[j] || coveredB[j] || b.is(j, NEVER_SIGNIFICANT)) {
          continue;
        }
        other = true;
        same |= b.tokens()[j].charAt(0) == initial.charAt(0);
      }
      if (other && !same) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a pair aligned by edit distance alone ({@code fuzzy}) is {@value #DISTANT_EDITS} or
   * more edits apart in its spelling keys: another name with the same beginning ({@code Castro} /
   * {@code Castillo}, {@code Ronaldo} / {@code Ronaldinho}) rather than a typo.
   */
  static boolean distant(Side query, Side list, int[] qs, int[] ns, double[] sims) {
    for (int i = 0; i < qs.length; i++) {
      if (sims[i] >= TokenSimilarity.VARIANT - 1e-6) {
        continue; // exact or variant: not fuzzy, no need to ask the method
      }
      String a = query.tokens()[qs[i]];
      String b = list.tokens()[ns[i]];
      if (TokenSimilarity.method(sims[i], a, b).equals("fuzzy")
          && EditDistance.osa(query.keys()[qs[i]], list.keys()[ns[i]]) >= DISTANT_EDITS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the alignment swaps the names around a "son of" connector: the tokens just before and
   * just after an aligned connector on one side align with those just after and just before it on
   * the other.
   */
  static boolean reversed(Side query, Side list, int[] qs, int[] ns) {
    for (int c = 0; c < qs.length; c++) {
      int cq = qs[c];
      int cn = ns[c];
      if (!query.is(cq, PersonTokens.SON_OF) || !list.is(cn, PersonTokens.SON_OF)) {
        continue;
      }
      if (partner(qs, ns, cq - 1) == cn + 1 && partner(qs, ns, cq + 1) == cn - 1) {
        return true;
      }
    }
    return false;
  }

  private static int partner(int[] qs, int[] ns, int q) {
    for (int i = 0; i < qs.length; i++) {
      if (qs[i] == q) {
        return ns[i];
      }
    }
    return -2;
  }
}
