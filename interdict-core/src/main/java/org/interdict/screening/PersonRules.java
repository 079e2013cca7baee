package org.interdict.screening;

import java.util.List;
import java.util.Set;
import org.interdict.model.PartyType;
import org.interdict.text.ConsonantKey;
import org.interdict.text.VariantKey;

/**
 * The person-name rules of {@code entity-v1} (issue 11, stop 11; ADR 012 "Stop 11 rules"), applied
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
 * </pre>
 *
 * Each discount factor is the ratio of the alignment's denominator ({@code sum wq + B * sum wl})
 * before and after the discount, so {@code base * factor} is the base with those tokens costing
 * their share; the factors apply in the order above and are 1.0 when they do not apply. The values
 * were chosen on the tuning half of nomenklatura's cases only (docs/benchmarks.md, "Person-name
 * rules"). Stateless.
 */
final class PersonRules {
  static final double PATRONYMIC_SHARE = 0.1;
  static final double CONNECTOR_SHARE = 0.3;
  static final double SUBSTITUTED = 0.85;
  static final double REVERSED = 0.7;
  static final double NEAR_MISS = 0.7;
  static final double DISTANT = 0.8;
  static final int DISTANT_EDITS = 3;
  static final int SUBSTITUTED_MIN_TOKENS = 4;

  /** The part ids, in order: three pair counts, then the factors. */
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
          "distant-spelling");

  /** How many of the first parts are counts, not factors. */
  static final int COUNTS = 4;

  private static final Set<String> SON_OF = Set.of("bin", "ibn", "ben", "bn", "ould", "walad");
  private static final Set<String> DAUGHTER_OF = Set.of("bint", "binti", "bent", "bintu");

  /** Turkic "son of" / "daughter of", written after the father's name. */
  private static final Set<String> TURKIC =
      Set.of("ogly", "oglu", "ogli", "ugli", "uly", "uulu", "kyzy", "kizi", "qizi", "gizi", "kyz");

  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ul", "ud", "ad", "as", "ash", "at", "az", "ar", "an", "de", "da", "di",
          "del", "der", "dos", "du", "la", "le", "van", "von");

  /**
   * Titles of office and address that {@code HonorificStep} keeps (changing it would change every
   * scorer's tokens), as the normalization writes them.
   */
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "presidente",
          "prasident",
          "praesident",
          "prezident",
          "prezydent",
          "monsieur",
          "mademoiselle",
          "senor",
          "senora",
          "senorita",
          "signor",
          "signore",
          "signora",
          "excellency",
          "honorable",
          "honourable",
          "ayatollah");

  private static final String[] PATRONYMIC_ENDINGS = {
    "ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna", "ivna", "ichna",
    "inichna"
  };

  private PersonRules() {}

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
   * Pairs leftover tokens by the three pairings, in the arrays of the alignment; returns the new
   * pair count with what was paired.
   */
  static Pairing pair(
      String[] queryTokens,
      String[] listTokens,
      boolean[] usedQ,
      boolean[] usedN,
      int[] qs,
      int[] ns,
      double[] sims,
      int pairs) {
    int start = pairs;
    for (int q = 0; q < usedQ.length && pairs < qs.length; q++) {
      Set<String> kind = connectorKind(queryTokens[q]);
      if (usedQ[q] || kind == null) {
        continue;
      }
      for (int j = 0; j < usedN.length; j++) {
        if (!usedN[j] && kind.contains(listTokens[j])) {
          pairs = add(q, j, TokenSimilarity.VARIANT, usedQ, usedN, qs, ns, sims, pairs);
          break;
        }
      }
    }
    int connectors = pairs - start;
    start = pairs;
    for (int q = 0; q < usedQ.length && pairs < qs.length; q++) {
      if (usedQ[q]) {
        continue;
      }
      for (int j = 0; j < usedN.length; j++) {
        if (!usedN[j] && sameSkeleton(queryTokens[q], listTokens[j])) {
          pairs = add(q, j, TokenSimilarity.CONSONANTS, usedQ, usedN, qs, ns, sims, pairs);
          break;
        }
      }
    }
    int skeletons = pairs - start;
    start = pairs;
    boolean[] coveredQ = new boolean[usedQ.length];
    boolean[] coveredN = new boolean[usedN.length];
    pairs = wadeGiles(queryTokens, listTokens, usedQ, usedN, coveredQ, qs, ns, sims, pairs);
    pairs = wadeGiles(listTokens, queryTokens, usedN, usedQ, coveredN, ns, qs, sims, pairs);
    int wadeGilesPairs = pairs - start;
    start = pairs;
    pairs = initials(queryTokens, listTokens, usedQ, usedN, coveredN, qs, ns, sims, pairs);
    pairs = initials(listTokens, queryTokens, usedN, usedQ, coveredQ, ns, qs, sims, pairs);
    return new Pairing(
        pairs, connectors, skeletons, wadeGilesPairs, pairs - start, coveredQ, coveredN);
  }

  /**
   * Pairs an unaligned token of two or three consonants ({@code JC}, {@code JFK}) with as many
   * consecutive unaligned tokens of the other side that start with its letters ({@code Jean
   * Claude}): the first at {@value TokenSimilarity#INITIAL}, the others covered.
   */
  private static int initials(
      String[] from,
      String[] to,
      boolean[] usedFrom,
      boolean[] usedTo,
      boolean[] coveredTo,
      int[] fromPositions,
      int[] toPositions,
      double[] sims,
      int pairs) {
    for (int i = 0; i < from.length && pairs < fromPositions.length; i++) {
      String token = from[i];
      if (usedFrom[i] || token.length() < 2 || token.length() > 3 || !consonants(token)) {
        continue;
      }
      for (int j = 0; j + token.length() <= to.length; j++) {
        boolean spells = true;
        for (int k = 0; k < token.length() && spells; k++) {
          String word = to[j + k];
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

  private static boolean consonants(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
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
   * list first).
   */
  private static int wadeGiles(
      String[] from,
      String[] to,
      boolean[] usedFrom,
      boolean[] usedTo,
      boolean[] covered,
      int[] fromPositions,
      int[] toPositions,
      double[] sims,
      int pairs) {
    for (int i = 0; i < from.length && pairs < fromPositions.length; i++) {
      for (int length = Math.min(3, from.length - i); length >= 1; length--) {
        if (anyUsed(usedFrom, covered, i, length)) {
          continue;
        }
        List<String> pinyin = WadeGiles.pinyin(from, i, length);
        int match = -1;
        for (int j = 0; j < to.length && match < 0; j++) {
          if (!usedTo[j] && !to[j].equals(from[i]) && pinyin.contains(to[j])) {
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

  private static boolean anyUsed(boolean[] used, boolean[] covered, int from, int length) {
    for (int k = from; k < from + length; k++) {
      if (used[k] || covered[k]) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> connectorKind(String token) {
    if (SON_OF.contains(token)) {
      return SON_OF;
    }
    return DAUGHTER_OF.contains(token) ? DAUGHTER_OF : null;
  }

  static boolean connector(String token) {
    return connectorKind(token) != null;
  }

  static boolean sameSkeleton(String a, String b) {
    if (a.length() < 4
        || b.length() < 4
        || Math.abs(a.length() - b.length()) > 1
        || a.charAt(a.length() - 1) != b.charAt(b.length() - 1)
        || connector(a)
        || connector(b)) {
      return false; // another length or ending: Stephen / Stephanie, Bruno / Briana
    }
    boolean vowelA = "aeiou".indexOf(a.charAt(0)) >= 0;
    boolean vowelB = "aeiou".indexOf(b.charAt(0)) >= 0;
    if (vowelA != vowelB || (!vowelA && a.charAt(0) != b.charAt(0))) {
      return false;
    }
    String skeleton = ConsonantKey.of(VariantKey.of(a));
    return skeleton.length() >= 3 && skeleton.equals(ConsonantKey.of(VariantKey.of(b)));
  }

  /** Whether token {@code i} of a name is a patronymic (or the father's name before "oglu"). */
  static boolean patronymic(String[] tokens, int i) {
    String token = tokens[i];
    if (TURKIC.contains(token) || (i + 1 < tokens.length && TURKIC.contains(tokens[i + 1]))) {
      return true;
    }
    if (token.length() < 6) {
      return false;
    }
    for (String ending : PATRONYMIC_ENDINGS) {
      if (token.endsWith(ending)) {
        return true;
      }
    }
    // -ich alone (Ilyich, Kuzmich, Fomich): a patronymic too, and rarely a surname's ending
    return token.length() >= 6 && token.endsWith("ich") && !token.endsWith("vich");
  }

  static boolean title(String token) {
    return TITLES.contains(token);
  }

  /**
   * The factors of one alignment ({@link #PART_IDS} after the counts) and the discounted listed
   * weight, from the query and listed tokens with their weights and which are used (aligned) or
   * covered. {@code denominator} is the alignment's {@code sum wq + B * sum wl}.
   */
  /** The factor parts of {@link #PART_IDS} and the listed weight that stopped costing. */
  record Factors(double[] values, double listDiscount) {}

  static Factors factors(
      String[] queryTokens,
      float[] queryWeights,
      String[] listTokens,
      float[] listWeights,
      boolean[] usedQ,
      boolean[] usedN,
      Pairing pairing,
      int[] qs,
      int[] ns,
      double[] sims,
      double denominator) {
    double b = AlignmentScorer.LIST_WEIGHT;
    boolean patronymicQ = anyUnalignedPatronymic(queryTokens, usedQ, pairing.coveredQ());
    boolean patronymicN = anyUnalignedPatronymic(listTokens, usedN, pairing.coveredN());
    double d = denominator;
    double before = d;
    double listDiscount = covered(listWeights, pairing.coveredN());
    d -= covered(queryWeights, pairing.coveredQ()) + b * listDiscount;
    double syllables = ratio(before, d);
    before = d;
    if (patronymicQ && !patronymicN) {
      d -= costOf(queryTokens, queryWeights, usedQ, pairing.coveredQ(), Kind.PATRONYMIC);
    } else if (patronymicN && !patronymicQ) {
      double list = costOf(listTokens, listWeights, usedN, pairing.coveredN(), Kind.PATRONYMIC);
      listDiscount += list;
      d -= b * list;
    }
    double patronymic = ratio(before, d);
    before = d;
    double listTitles = costOf(listTokens, listWeights, usedN, pairing.coveredN(), Kind.TITLE);
    listDiscount += listTitles;
    d -= costOf(queryTokens, queryWeights, usedQ, pairing.coveredQ(), Kind.TITLE) + b * listTitles;
    double title = ratio(before, d);
    before = d;
    boolean significantQ =
        significantUnaligned(queryTokens, usedQ, pairing.coveredQ(), patronymicQ && patronymicN);
    boolean significantN =
        significantUnaligned(listTokens, usedN, pairing.coveredN(), patronymicQ && patronymicN);
    if (!significantN) {
      d -= repeated(queryTokens, queryWeights, usedQ, pairing.coveredQ());
    }
    if (!significantQ) {
      double list = repeated(listTokens, listWeights, usedN, pairing.coveredN());
      listDiscount += list;
      d -= b * list;
    }
    double repeated = ratio(before, d);
    before = d;
    double listConnectors =
        costOf(listTokens, listWeights, usedN, pairing.coveredN(), Kind.CONNECTOR);
    listDiscount += listConnectors;
    d -=
        costOf(queryTokens, queryWeights, usedQ, pairing.coveredQ(), Kind.CONNECTOR)
            + b * listConnectors;
    double connector = ratio(before, d);
    boolean both = patronymicQ && patronymicN;
    double substituted =
        significantCount(queryTokens, both) >= SUBSTITUTED_MIN_TOKENS
                && significantCount(listTokens, both) >= SUBSTITUTED_MIN_TOKENS
                && farApart(
                    queryTokens,
                    usedQ,
                    pairing.coveredQ(),
                    listTokens,
                    usedN,
                    pairing.coveredN(),
                    both)
            ? SUBSTITUTED
            : 1.0;
    double reversed = reversed(queryTokens, listTokens, qs, ns) ? REVERSED : 1.0;
    double distant = distant(queryTokens, listTokens, qs, ns, sims) ? DISTANT : 1.0;
    return new Factors(
        new double[] {
          syllables, patronymic, title, repeated, connector, substituted, reversed, distant
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
  private static double costOf(
      String[] tokens, float[] weights, boolean[] used, boolean[] covered, Kind kind) {
    double total = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (used[i] || covered[i]) {
        continue;
      }
      switch (kind) {
        case PATRONYMIC -> {
          if (patronymic(tokens, i)) {
            total += weights[i] * (1 - PATRONYMIC_SHARE);
          }
        }
        case TITLE -> {
          if (title(tokens[i])) {
            total += weights[i];
          }
        }
        case CONNECTOR -> {
          if (connector(tokens[i])) {
            total += weights[i] * (1 - CONNECTOR_SHARE);
          }
        }
      }
    }
    return total;
  }

  private static double repeated(
      String[] tokens, float[] weights, boolean[] used, boolean[] covered) {
    double total = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (used[i] || covered[i] || tokens[i].length() < 2) {
        continue;
      }
      for (int k = 0; k < tokens.length; k++) {
        if (k != i && used[k] && tokens[k].equals(tokens[i])) {
          total += weights[i];
          break;
        }
      }
    }
    return total;
  }

  private static boolean anyUnalignedPatronymic(
      String[] tokens, boolean[] used, boolean[] covered) {
    for (int i = 0; i < tokens.length; i++) {
      if (!used[i] && !covered[i] && patronymic(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token counts as significant: three letters or more, not a particle, connector, title
   * or (when {@code patronymicsCount} is false) patronymic.
   */
  private static boolean significant(String[] tokens, int i, boolean patronymicsCount) {
    String token = tokens[i];
    return token.length() > 2
        && !PARTICLES.contains(token)
        && !connector(token)
        && !title(token)
        && !TURKIC.contains(token)
        && (patronymicsCount || !patronymic(tokens, i));
  }

  private static int significantCount(String[] tokens, boolean patronymicsCount) {
    int count = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (significant(tokens, i, patronymicsCount)) {
        count++;
      }
    }
    return count;
  }

  private static boolean significantUnaligned(
      String[] tokens, boolean[] used, boolean[] covered, boolean patronymicsCount) {
    for (int i = 0; i < tokens.length; i++) {
      if (!used[i] && !covered[i] && significant(tokens, i, patronymicsCount)) {
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
      String[] queryTokens,
      boolean[] usedQ,
      boolean[] coveredQ,
      String[] listTokens,
      boolean[] usedN,
      boolean[] coveredN,
      boolean patronymicsCount) {
    boolean query = false;
    boolean list = false;
    for (int q = 0; q < queryTokens.length; q++) {
      if (usedQ[q] || coveredQ[q] || !significant(queryTokens, q, patronymicsCount)) {
        continue;
      }
      query = true;
      for (int j = 0; j < listTokens.length; j++) {
        if (usedN[j] || coveredN[j] || !significant(listTokens, j, patronymicsCount)) {
          continue;
        }
        list = true;
        String a = queryTokens[q];
        String b = listTokens[j];
        if (TokenSimilarity.of(a, VariantKey.of(a), b, VariantKey.of(b)) >= NEAR_MISS) {
          return false;
        }
      }
    }
    return query && list;
  }

  /**
   * Whether a pair aligned by edit distance alone ({@code fuzzy}) is {@value #DISTANT_EDITS} or
   * more edits apart in its spelling keys: another name with the same beginning ({@code Castro} /
   * {@code Castillo}, {@code Ronaldo} / {@code Ronaldinho}) rather than a typo.
   */
  static boolean distant(
      String[] queryTokens, String[] listTokens, int[] qs, int[] ns, double[] sims) {
    for (int i = 0; i < qs.length; i++) {
      String a = queryTokens[qs[i]];
      String b = listTokens[ns[i]];
      if (TokenSimilarity.method(sims[i], a, b).equals("fuzzy")
          && EditDistance.osa(VariantKey.of(a), VariantKey.of(b)) >= DISTANT_EDITS) {
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
  static boolean reversed(String[] queryTokens, String[] listTokens, int[] qs, int[] ns) {
    for (int c = 0; c < qs.length; c++) {
      int cq = qs[c];
      int cn = ns[c];
      if (!SON_OF.contains(queryTokens[cq]) || !SON_OF.contains(listTokens[cn])) {
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
